/** How far ahead security.txt says it stays valid (RFC 9116 asks for less than a year). */
const VALID_FOR_DAYS = 90;

/**
 * The text of /.well-known/security.txt (RFC 9116) for a contact address, or null when no
 * contact is set: a file with no way to reach anyone would be worse than none.
 */
export function securityTxt(contact: string, origin: string, now = new Date()): string | null {
	if (!contact) return null;
	const expires = new Date(now.getTime() + VALID_FOR_DAYS * 24 * 60 * 60 * 1000);
	expires.setUTCHours(0, 0, 0, 0);
	return [
		`Contact: mailto:${contact}`,
		`Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
		'Preferred-Languages: en',
		`Canonical: ${origin}/.well-known/security.txt`,
		''
	].join('\n');
}
