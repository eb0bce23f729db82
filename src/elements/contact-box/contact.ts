/** One contact person, as a case or an article names them. Every field may be missing. */
export interface Contact {
  name?: string | null;
  jobTitle?: string | null;
  department?: string | null;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
}

export function hasAnyField(contact: Contact): boolean {
  return Object.values(contact).some((value) => typeof value === 'string' && value.trim() !== '');
}
