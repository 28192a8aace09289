import { describe, expect, it } from 'vitest';
import { whyFormPostIsUnreadable } from './form-posts';

const url = (search = '?/send') => new URL(`http://heard.test/me/say/good_news${search}`);
const post = (contentType: string, body: BodyInit) =>
	new Request(url(), { method: 'POST', headers: { 'content-type': contentType }, body });

describe('whyFormPostIsUnreadable', () => {
	it('lets a form through, leaving its body for the action to read', async () => {
		const request = post('application/x-www-form-urlencoded', 'what=hello');
		expect(await whyFormPostIsUnreadable(request, url())).toBeNull();
		expect((await request.formData()).get('what')).toBe('hello');
		const fromScript = new FormData();
		fromScript.set('what', 'hello');
		expect(
			await whyFormPostIsUnreadable(new Request(url(), { method: 'POST', body: fromScript }), url())
		).toBeNull();
	});

	it('names what is wrong with a body no form of ours sends', async () => {
		expect(await whyFormPostIsUnreadable(post('text/plain', 'what=hello'), url())).toBe(
			'not_a_form'
		);
		expect(await whyFormPostIsUnreadable(post('application/json', '{}'), url())).toBe('not_a_form');
		const broken = '--XYZ\r\nContent-Disposition: form-data; name="what"\r\n\r\nhello';
		expect(
			await whyFormPostIsUnreadable(post('multipart/form-data; boundary=XYZ', broken), url())
		).toBe('unreadable');
		const withFile = new FormData();
		withFile.set('what', new Blob(['a file']), 'words.txt');
		expect(
			await whyFormPostIsUnreadable(new Request(url(), { method: 'POST', body: withFile }), url())
		).toBe('has_file');
	});

	it('refuses the reserved action name "default" as SvelteKit reads it: the first ?/ parameter', async () => {
		const request = post('application/x-www-form-urlencoded', 'a=b');
		expect(await whyFormPostIsUnreadable(request, url('?/default'))).toBe('reserved_action');
		expect(await whyFormPostIsUnreadable(request, url('?x=1&/default'))).toBe('reserved_action');
		expect(
			await whyFormPostIsUnreadable(
				post('application/x-www-form-urlencoded', 'a=b'),
				url('?/send&/default')
			)
		).toBeNull();
	});

	it('takes a recording only in a voice box of the say form, and holds every other form to 64 KB', async () => {
		const recording = () => {
			const form = new FormData();
			form.set('what', 'hello');
			form.set('voice_what', new Blob([new Uint8Array(200_000)]), 'voice-note.webm');
			return new Request(url(), { method: 'POST', body: form });
		};
		expect(await whyFormPostIsUnreadable(recording(), url(), true)).toBeNull();
		expect(await whyFormPostIsUnreadable(recording(), url(), false)).toBe('too_large');
		const elsewhere = new FormData();
		elsewhere.set('body', new Blob(['small']), 'words.txt');
		expect(
			await whyFormPostIsUnreadable(
				new Request(url(), { method: 'POST', body: elsewhere }),
				url(),
				true
			)
		).toBe('has_file');
		const longWords = new FormData();
		longWords.set('what', 'x'.repeat(70_000));
		expect(
			await whyFormPostIsUnreadable(
				new Request(url(), { method: 'POST', body: longWords }),
				url(),
				true
			)
		).toBe('too_large');
		expect(
			await whyFormPostIsUnreadable(
				post('application/x-www-form-urlencoded', `what=${'x'.repeat(70_000)}`),
				url(),
				true
			)
		).toBe('too_large');
	});
});
