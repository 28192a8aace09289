/** File endings a downloaded recording is saved with, by the type its bytes were found to be. */
const ENDING: Record<string, string> = {
	'audio/webm': 'webm',
	'audio/ogg': 'ogg',
	'audio/mp4': 'm4a',
	'audio/mpeg': 'mp3',
	'audio/wav': 'wav'
};

/**
 * A recording as a response: its own type, never kept by a shared cache or
 * the browser's, and a file name only when it is downloaded.
 */
export function voiceResponse(
	recording: { contentType: string; bytes: Buffer },
	download: { name: string } | null
): Response {
	const disposition = download
		? `attachment; filename="${download.name}.${ENDING[recording.contentType] ?? 'audio'}"`
		: 'inline';
	return new Response(new Uint8Array(recording.bytes), {
		headers: {
			'content-type': recording.contentType,
			'content-length': String(recording.bytes.length),
			'content-disposition': disposition,
			'cache-control': 'private, no-store'
		}
	});
}
