/**
 * Statements written with no signal wait here, on the phone (IndexedDB), until they can be
 * sent. Each keeps the idempotency key of the form it came from, so however many times it is
 * tried the server stores it once (docs/adr/0005, 0032); a recording waits with its words, as
 * the File itself. Used by the say form, which adds to
 * it, and by the service worker, which sends from it.
 */
export interface QueuedSend {
	/** The form's idempotency key. */
	key: string;
	/** The young person's record id: only their own signed-in phone sends it. */
	owner: string;
	kind: string;
	fields: [string, string][];
	/** Voice notes recorded with no signal, each under its question's field (ADR 37). */
	files?: [string, File][];
	queuedAt: number;
}

const DATABASE = 'heard-offline';
const STORE = 'sends';

function openQueue(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function inStore<T>(
	mode: IDBTransactionMode,
	use: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const database = await openQueue();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = database.transaction(STORE, mode);
			const request = use(transaction.objectStore(STORE));
			// Resolved once the transaction is on disk, not when the request is answered.
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(transaction.error);
			transaction.onabort = () => reject(transaction.error);
		});
	} finally {
		database.close();
	}
}

export const addToQueue = (item: QueuedSend) => inStore('readwrite', (s) => s.put(item));
export const listQueue = () => inStore<QueuedSend[]>('readonly', (s) => s.getAll());
export const removeFromQueue = (key: string) => inStore('readwrite', (s) => s.delete(key));
