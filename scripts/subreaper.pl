# `perl scripts/subreaper.pl <command> [args…]`: runs the command as a child subreaper (Linux's
# prctl PR_SET_CHILD_SUBREAPER), so that every process it starts is reaped here — also those orphaned
# on the way, such as Chromium's renderers that outlive the browser process — and their CPU is
# counted. Writes "<user> <system>" CPU seconds of all it reaped to file descriptor 3 (when open) and
# exits as the command did. scripts/test.mjs runs each step through it (bash's `times` alone missed
# about 30 % of a run's CPU). Processes still running when the command has ended are not waited for.
use strict;
use warnings;
require 'syscall.ph';

syscall(&SYS_prctl, 36, 1, 0, 0, 0) == 0 or die "subreaper.pl: prctl(PR_SET_CHILD_SUBREAPER): $!\n";
my $command = fork() // die "subreaper.pl: fork: $!\n";
if ($command == 0) {
  exec { $ARGV[0] } @ARGV or die "subreaper.pl: cannot run $ARGV[0]: $!\n";
}
my $status = 0;
while ((my $reaped = waitpid(-1, 0)) > 0) {
  if ($reaped == $command) { $status = $?; last; }
}
while (waitpid(-1, 1) > 0) {}    # orphans that have ended by now
my (undef, undef, $user, $system) = times();
if (open(my $cpu, '>&=', 3)) { printf $cpu "%.2f %.2f\n", $user, $system; }
exit($status & 127 ? 128 + ($status & 127) : $status >> 8);
