import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 80 random bits, base32: short enough for a URL, far too many to guess. */
export function newId(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
}
