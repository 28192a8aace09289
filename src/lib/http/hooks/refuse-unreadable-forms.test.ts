import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { FORM_MAX_BYTES } from '$lib/server/form-posts';
import { answerRefusedPost, refuseUnreadableForms, type Refusal } from './refuse-unreadable-forms';

const URL_ = 'http://heard.test/me/say/make_a_change?/send';
const FORM = 'application/x-www-form-urlencoded';
const post = (headers: Record<string, string>, body = 'what=hello') =>
	new Request(URL_, { method: 'POST', headers, body });

const signedOut: Refusal = {
	status: 401,
	title: "You've been signed out",
	body: 'Sign in <again> & send it again.',
	link: { href: '/login?next=%2Fme%2Fsay%2Fmake_a_change', text: 'Sign in' },
	plain: 'Please sign in.'
};

describe('a refused post, answered the way its sender reads answers', () => {
	it('is an action result with its status to a form sent by script, so the page can say why', async () => {
		const answer = answerRefusedPost(
			post({ accept: 'application/json', 'content-type': FORM, 'x-sveltekit-action': 'true' }),
			signedOut
		);
		expect(answer.status).toBe(401);
		expect(await answer.json()).toEqual({ type: 'error', error: { message: 'Please sign in.' } });
	});

	it('is a page in words, with the way on, to a form posted without JavaScript', async () => {
		const browserForms: Record<string, string>[] = [
			{ accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8', 'content-type': FORM },
			{ accept: '*/*', 'content-type': 'multipart/form-data; boundary=XYZ' },
			{ 'content-type': FORM }
		];
		for (const headers of browserForms) {
			const answer = answerRefusedPost(post(headers), signedOut);
			expect(answer.status).toBe(401);
			expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
			// Its own policy: no script may run on it.
			expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
			const html = await answer.text();
			expect(html).toMatch(/^<!doctype html>/);
			expect(html).toContain('<html lang="en" dir="ltr">');
			expect(html).toContain(
				'<h1 style="font-size:1.75rem;line-height:1.25">You&#39;ve been signed out</h1>'
			);
			// Words are escaped, never read as markup.
			expect(html).toContain('Sign in &lt;again&gt; &amp; send it again.');
			expect(html).toContain('href="/login?next=%2Fme%2Fsay%2Fmake_a_change"');
			expect(html).not.toContain('<script');
		}
	});

	it('is the plain words, with the same status, to anything else', async () => {
		const answer = answerRefusedPost(
			post({ accept: '*/*', 'content-type': 'application/json' }, '{}'),
			signedOut
		);
		expect(answer.status).toBe(401);
		expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await answer.text()).toBe('Please sign in.');
	});
});

describe('a form too large to take', () => {
	const tooLong = (accept: string) =>
		new Request(URL_, {
			method: 'POST',
			headers: { accept, 'content-type': FORM },
			body: `what=${'x'.repeat(FORM_MAX_BYTES + 1)}`
		});
	const event = (request: Request) =>
		({
			request,
			url: new URL(request.url),
			route: { id: '/(young-person)/me/say/[kind]' }
		}) as unknown as RequestEvent;
	const resolve = async () => new Response('the action ran');

	it('is a 413 page saying the words were too long and to go back and shorten them, without JavaScript', async () => {
		const answer = await refuseUnreadableForms({
			event: event(tooLong('text/html')),
			resolve
		});
		expect(answer.status).toBe(413);
		expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const html = await answer.text();
		expect(html).toContain('That was too long to send');
		expect(html).toContain('Go back, make them shorter, then send them again.');
		expect(html).not.toContain("We couldn't read that form");
	});

	it('is a 413 action result to the form sent by script, which says it is too long', async () => {
		const answer = await refuseUnreadableForms({
			event: event(tooLong('application/json')),
			resolve
		});
		expect(answer.status).toBe(413);
		expect(await answer.json()).toMatchObject({ type: 'error' });
	});

	it('still lets a form of the right size through to its action', async () => {
		const request = new Request(URL_, {
			method: 'POST',
			headers: { accept: 'text/html', 'content-type': FORM },
			body: 'what=hello'
		});
		expect(await (await refuseUnreadableForms({ event: event(request), resolve })).text()).toBe(
			'the action ran'
		);
	});
});
