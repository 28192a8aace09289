import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { db, transaction, type Tx } from '../db';
import { rowsChanged } from '../db/rows';
import { passwordLinks, users } from '../db/schema';
import { hashPassword } from './password';
import { invalidateAllSessionsOfUser } from './session';

/**
 * "Set your password" links, the one way a member of staff gets a password
 * nobody else has seen: the first administrator (scripts/admin-create.js writes
 * the same rows), a new account, and a reset. The token travels only in the
 * link; the database keeps its SHA-256. A link works once and expires soon.
 */

export type PasswordLinkPurpose = (typeof passwordLinks.$inferInsert)['purpose'];

const HOUR_MS = 60 * 60 * 1000;
/** A reset is asked for by someone waiting for it; a new account's mail may wait for a morning. */
export const PASSWORD_LINK_LIFETIME_MS: Record<PasswordLinkPurpose, number> = {
	first_admin: 24 * HOUR_MS,
	new_account: 24 * HOUR_MS,
	reset: HOUR_MS
};

export function passwordLinkTokenHash(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function passwordLinkPath(token: string): string {
	return `/password/${token}`;
}

/**
 * A new link for a member of staff; any link they had not used yet stops
 * working. Written through the transaction of the change that needs it.
 */
export async function issuePasswordLink(
	tx: Tx,
	userId: string,
	purpose: PasswordLinkPurpose,
	createdBy: string | null,
	now = new Date()
) {
	const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
	const expiresAt = new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS[purpose]);
	await tx
		.update(passwordLinks)
		.set({ expiresAt: now })
		.where(
			and(
				eq(passwordLinks.userId, userId),
				isNull(passwordLinks.usedAt),
				gt(passwordLinks.expiresAt, now)
			)
		);
	await tx.insert(passwordLinks).values({
		userId,
		tokenHash: passwordLinkTokenHash(token),
		purpose,
		expiresAt,
		createdBy,
		createdAt: now
	});
	return { token, expiresAt };
}

/** Who a link is for, while it can still be used; nothing about a link that cannot. */
export async function findUsablePasswordLink(token: string, now = new Date()) {
	return (
		await db()
			.select({
				id: passwordLinks.id,
				userId: users.id,
				email: users.email,
				displayName: users.displayName,
				purpose: passwordLinks.purpose
			})
			.from(passwordLinks)
			.innerJoin(users, eq(passwordLinks.userId, users.id))
			.where(
				and(
					eq(passwordLinks.tokenHash, passwordLinkTokenHash(token)),
					isNull(passwordLinks.usedAt),
					gt(passwordLinks.expiresAt, now),
					eq(users.active, true)
				)
			)
			.limit(1)
	)[0];
}

/**
 * Uses a link: the new password replaces any old one, every session of the
 * account ends, and the link is spent. Two people racing with one link: only
 * the first wins, because the link is marked used only if it still was not.
 */
export async function setPasswordWithLink(
	token: string,
	password: string,
	now = new Date()
): Promise<'set' | 'link_unusable'> {
	const link = await findUsablePasswordLink(token, now);
	if (!link) return 'link_unusable';
	const passwordHash = await hashPassword(password);
	return await transaction(async (tx) => {
		const spent = await tx
			.update(passwordLinks)
			.set({ usedAt: now })
			.where(and(eq(passwordLinks.id, link.id), isNull(passwordLinks.usedAt)));
		if (rowsChanged(spent) !== 1) return 'link_unusable';
		await tx.update(users).set({ passwordHash }).where(eq(users.id, link.userId));
		await invalidateAllSessionsOfUser(tx, link.userId);
		const detail = { purpose: link.purpose };
		await recordAuditEvent(
			tx,
			{
				actorId: link.userId,
				action: 'password_set_with_link',
				subjectType: 'user',
				subjectId: link.userId,
				detail
			},
			now
		);
		return 'set';
	});
}
