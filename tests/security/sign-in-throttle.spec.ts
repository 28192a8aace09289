import { expect, test } from '@playwright/test';
import http from 'node:http';
import { DEMO_PASSWORD } from '../helpers/accounts';
import { openTestDatabase } from '../helpers/database';

/**
 * The server takes the client's address from the connection itself (no proxy header
 * is trusted), so each "computer" here is its own loopback address, 127.0.0.x.
 */
function signInFrom(
	baseURL: string,
	from: string,
	identifier: string,
	password: string
): Promise<number> {
	const { port } = new URL(baseURL);
	const body = new URLSearchParams({ identifier, password }).toString();
	return new Promise((resolve, reject) => {
		const request = http.request(
			{
				host: '127.0.0.1',
				port,
				path: '/login',
				method: 'POST',
				localAddress: from,
				headers: {
					origin: baseURL,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body)
				}
			},
			(response) => {
				response.resume();
				response.on('end', () => resolve(response.statusCode ?? 0));
			}
		);
		request.on('error', reject);
		request.end(body);
	});
}

const SIGNED_IN = 303;
const WRONG = 400;
const TOO_MANY = 429;

/** The counters are kept by pseudonym (no name or address is stored): start them all afresh. */
function forgetEveryCount() {
	const db = openTestDatabase();
	try {
		db.prepare('DELETE FROM sign_in_throttle').run();
	} finally {
		db.close();
	}
}

test.afterEach(forgetEveryCount);

test('wrong passwords sent at once from many addresses get no more than five guesses, and the owner still signs in at home', async ({
	baseURL
}) => {
	const home = '127.0.0.50';
	expect(await signInFrom(baseURL!, home, 'ruby', DEMO_PASSWORD)).toBe(SIGNED_IN);

	const attackers = Array.from({ length: 10 }, (_, i) => `127.0.0.${100 + i}`);
	const answers = await Promise.all(
		Array.from({ length: 30 }, (_, i) =>
			signInFrom(baseURL!, attackers[i % attackers.length]!, 'ruby', `guess-${i}`)
		)
	);
	expect(answers.filter((status) => status === WRONG)).toHaveLength(5);
	expect(answers.filter((status) => status === TOO_MANY)).toHaveLength(25);

	// Guessing has stopped everywhere ruby has never signed in from, right password or not…
	expect(await signInFrom(baseURL!, attackers[0]!, 'ruby', DEMO_PASSWORD)).toBe(TOO_MANY);
	expect(await signInFrom(baseURL!, '127.0.0.51', 'ruby', DEMO_PASSWORD)).toBe(TOO_MANY);
	// …but the stranger has not shut ruby out of her own home.
	expect(await signInFrom(baseURL!, home, 'ruby', DEMO_PASSWORD)).toBe(SIGNED_IN);
});

test('many wrong names from a shared house do not shut out the young people who live there', async ({
	baseURL
}) => {
	const house = '127.0.0.60';
	expect(await signInFrom(baseURL!, house, 'ruby', DEMO_PASSWORD)).toBe(SIGNED_IN);
	// One account signs in here: 30 + 10 mistakes before new names are refused.
	for (let batch = 0; batch < 4; batch++) {
		const answers = await Promise.all(
			Array.from({ length: 10 }, (_, i) =>
				signInFrom(baseURL!, house, `visitor-${batch}-${i}`, 'wrong')
			)
		);
		expect(answers.every((status) => status === WRONG)).toBe(true);
	}
	expect(await signInFrom(baseURL!, house, 'visitor-more', 'wrong')).toBe(TOO_MANY);
	// A name that has never signed in here is refused, so guessing names from the house has stopped…
	expect(await signInFrom(baseURL!, house, 'leah', DEMO_PASSWORD)).toBe(TOO_MANY);
	// …but ruby, who lives there, still signs in.
	expect(await signInFrom(baseURL!, house, 'ruby', DEMO_PASSWORD)).toBe(SIGNED_IN);
});
