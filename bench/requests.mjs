export async function requestsSection() {
  return [];
}
