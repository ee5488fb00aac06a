/** What to tell a person about anything thrown: an Error's message, a thrown string, or a plain description. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return `Unexpected error: ${String(error)}`;
}
