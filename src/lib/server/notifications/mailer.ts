import nodemailer from 'nodemailer';
import { statementText, writeInTurn, type StatementText, type WriteAtOnce } from '../db/alone';
import { MAIL_BATCH, listDueMail, markMailFailed, markMailSent, markSentStatement } from './outbox';

export type { StatementText };

export interface MailMessage {
	from: string;
	to: string;
	subject: string;
	text: string;
	messageId?: string;
}

/**
 * Sends an email (nodemailer's transport), or sends it and, once the mail server has accepted it,
 * runs `markSent` straight away and says whether that mark was stored (the mail thread,
 * mail-thread.ts).
 */
export type MailTransport =
	| { sendMail(message: MailMessage): Promise<unknown> }
	| { sendThenMark(message: MailMessage, markSent: StatementText): Promise<{ marked: boolean }> };

export function createSmtpTransport(smtpUrl: string): MailTransport {
	return nodemailer.createTransport(smtpUrl);
}

export function mailFrom(): string {
	return process.env.MAIL_FROM ?? 'Heard <no-reply@heard.invalid>';
}

function mailDomain(): string {
	return /@([^\s>]+)/.exec(mailFrom())?.[1] ?? 'heard.invalid';
}

/**
 * Sending stopped before the mail server answered, for a reason that is not the email's (the mail
 * thread stopped with the server): the email stays due as it was, and the round ends.
 */
export class MailInterrupted extends Error {}

/**
 * Sends what is due in the outbox, one message at a time, batch after batch until none is due: a
 * backlog never holds an urgent email back to a later round. A failure is recorded on its row and
 * retried later (so it is not due again in this round); nothing is removed from the outbox.
 */
export async function deliverDueMail(
	transport: MailTransport,
	now = new Date(),
	writeAtOnce: WriteAtOnce = writeInTurn,
	goOn: () => boolean = () => true
): Promise<{ sent: number; failed: number }> {
	const done = { sent: 0, failed: 0 };
	for (let batch = await listDueMail(now); batch.length > 0; batch = await listDueMail(now)) {
		for (const mail of batch) {
			// A server stopping sends no more than the email in hand; the rest wait for the restart.
			if (!goOn()) return done;
			const outcome = await sendOne(transport, mail, now, writeAtOnce);
			if (outcome === 'interrupted') return done;
			done[outcome] += 1;
		}
		if (batch.length < MAIL_BATCH) break;
	}
	return done;
}

async function sendOne(
	transport: MailTransport,
	mail: Awaited<ReturnType<typeof listDueMail>>[number],
	now: Date,
	writeAtOnce: WriteAtOnce
): Promise<'sent' | 'failed' | 'interrupted'> {
	const message = {
		from: mailFrom(),
		to: mail.to,
		subject: mail.subject,
		text: mail.body,
		// The outbox row's own id: the same email sent again (a server stopped between the mail
		// server's "accepted" and the row marked sent) is recognisably the same one.
		messageId: `<${mail.id}@${mailDomain()}>`
	};
	try {
		if ('sendThenMark' in transport) {
			const markSent = markSentStatement(mail.id, new Date());
			const { marked } = await transport.sendThenMark(message, statementText(markSent));
			// Sent, but the mark was not stored (the connection lost a moment): stored from here.
			if (!marked) await markMailSent(mail.id, new Date(), writeAtOnce);
		} else {
			await transport.sendMail(message);
			await markMailSent(mail.id, new Date(), writeAtOnce);
		}
		return 'sent';
	} catch (error) {
		if (error instanceof MailInterrupted) return 'interrupted';
		const reason = error instanceof Error ? error.message : String(error);
		await markMailFailed(mail.id, mail.attempts, reason, now);
		return 'failed';
	}
}
