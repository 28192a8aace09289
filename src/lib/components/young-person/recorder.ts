/** A recording under way: stop keeps it, cancel throws it away. */
export interface Recorder {
	stop(): void;
	cancel(): void;
}

// Small and widely played: Opus in WebM where the browser has it (Chrome, Firefox), MP4 on Safari.
const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];
const ENDING: Record<string, string> = { webm: 'webm', mp4: 'm4a', ogg: 'ogg' };

/**
 * Records from the microphone until stopped or the limit is reached. Speech
 * needs little: 32 kbit/s keeps two minutes well under the size limit. Nothing
 * leaves the phone until the form is sent.
 */
export async function startRecording({
	maxSeconds,
	onTick,
	onDone
}: {
	maxSeconds: number;
	onTick: (seconds: number) => void;
	onDone: (file: File, seconds: number) => void;
}): Promise<Recorder> {
	const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
	const mimeType = TYPES.find((t) => MediaRecorder.isTypeSupported(t));
	const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: 32_000 });
	const chunks: Blob[] = [];
	const started = performance.now();
	const elapsed = () => Math.min((performance.now() - started) / 1000, maxSeconds);
	let keep = true;
	const timer = setInterval(() => {
		onTick(elapsed());
		if (elapsed() >= maxSeconds) recorder.stop();
	}, 250);
	recorder.ondataavailable = (event) => chunks.push(event.data);
	recorder.onstop = () => {
		clearInterval(timer);
		for (const track of stream.getTracks()) track.stop();
		if (!keep) return;
		const type = recorder.mimeType.split(';')[0] || 'audio/webm';
		const ending = ENDING[type.split('/')[1] ?? ''] ?? 'webm';
		onDone(new File(chunks, `voice-note.${ending}`, { type }), Math.round(elapsed()));
	};
	recorder.start(1000);
	return {
		stop: () => recorder.state !== 'inactive' && recorder.stop(),
		cancel: () => {
			keep = false;
			if (recorder.state !== 'inactive') recorder.stop();
		}
	};
}
