import nodemailer from 'nodemailer';
import { listDueMail, markMailFailed, markMailSent } from './outbox';

interface MailTransport {
	sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export function createSmtpTransport(smtpUrl: string): MailTransport {
	return nodemailer.createTransport(smtpUrl);
}

export function mailFrom(): string {
	return process.env.MAIL_FROM ?? 'Heard <no-reply@heard.invalid>';
}

/**
 * Sends what is due in the outbox, one message at a time. A failure is
 * recorded on its row and retried later; nothing is removed from the outbox.
 */
export async function deliverDueMail(
	transport: MailTransport,
	now = new Date()
): Promise<{ sent: number; failed: number }> {
	let sent = 0;
	let failed = 0;
	for (const mail of listDueMail(now)) {
		try {
			await transport.sendMail({
				from: mailFrom(),
				to: mail.to,
				subject: mail.subject,
				text: mail.body
			});
			markMailSent(mail.id, new Date());
			sent += 1;
		} catch (error) {
			markMailFailed(
				mail.id,
				mail.attempts,
				error instanceof Error ? error.message : String(error),
				now
			);
			failed += 1;
		}
	}
	return { sent, failed };
}
