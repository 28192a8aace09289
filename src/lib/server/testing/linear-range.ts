/**
 * The least and greatest value each unknown can take under linear equations,
 * "a ≤ b" pairs and bounds: a reader's best reconstruction of withheld cells,
 * for testing disclosure control. A dense two-phase simplex (Bland's rule),
 * written for tables of at most a few hundred unknowns.
 */
export interface LinearSystem {
	/** Unknowns 0..count−1. */
	count: number;
	/** Σ coefficient × unknown = constant. */
	equations: { terms: [number, number][]; constant: number }[];
	/** Unknown `a` is at most unknown `b`. */
	atMost: [number, number][];
	lower: number[];
	/** Infinity for none. */
	upper: number[];
}

const EPS = 1e-9;

export function ranges(sys: LinearSystem): { min: number; max: number }[] | null {
	const n = sys.count;
	// Unknown i is lower[i] + y_i with y_i ≥ 0; slacks follow for upper bounds and "at most" pairs.
	const rows: { coef: Map<number, number>; rhs: number }[] = [];
	for (const eq of sys.equations) {
		const coef = new Map<number, number>();
		let rhs = eq.constant;
		for (const [i, c] of eq.terms) {
			coef.set(i, (coef.get(i) ?? 0) + c);
			rhs -= c * sys.lower[i]!;
		}
		rows.push({ coef, rhs });
	}
	let slack = n;
	for (let i = 0; i < n; i++) {
		if (Number.isFinite(sys.upper[i]!))
			rows.push({
				coef: new Map([
					[i, 1],
					[slack++, 1]
				]),
				rhs: sys.upper[i]! - sys.lower[i]!
			});
	}
	for (const [a, b] of sys.atMost)
		rows.push({
			coef: new Map([
				[a, 1],
				[b, -1],
				[slack++, 1]
			]),
			rhs: sys.lower[b]! - sys.lower[a]!
		});
	const m = rows.length;
	const width = slack + m; // then one artificial per row
	const T: number[][] = rows.map((r, ri) => {
		const line = new Array<number>(width + 1).fill(0);
		const sign = r.rhs < 0 ? -1 : 1;
		for (const [j, c] of r.coef) line[j] = sign * c;
		line[slack + ri] = 1;
		line[width] = sign * r.rhs;
		return line;
	});
	const basis = rows.map((_, ri) => slack + ri);
	const pivot = (T2: number[][], r: number, c: number) => {
		const p = T2[r]![c]!;
		for (let j = 0; j <= width; j++) T2[r]![j]! /= p;
		for (let i = 0; i < T2.length; i++) {
			if (i === r) continue;
			const f = T2[i]![c]!;
			if (Math.abs(f) < EPS) continue;
			for (let j = 0; j <= width; j++) T2[i]![j]! -= f * T2[r]![j]!;
		}
	};
	/** Minimises Σ cost_j x_j over the current tableau; columns ≥ `allowed` never enter. Returns the minimum or −Infinity. */
	const minimise = (T2: number[][], B: number[], cost: number[], allowed: number): number => {
		for (;;) {
			const reduced = (j: number) =>
				cost[j]! - B.reduce((a, bj, i) => a + cost[bj]! * T2[i]![j]!, 0);
			let enter = -1;
			for (let j = 0; j < allowed; j++) {
				if (!B.includes(j) && reduced(j) < -EPS) {
					enter = j;
					break;
				}
			}
			if (enter < 0) return B.reduce((a, bj, i) => a + cost[bj]! * T2[i]![width]!, 0);
			let leave = -1;
			let best = Infinity;
			for (let i = 0; i < T2.length; i++) {
				const a = T2[i]![enter]!;
				if (a > EPS) {
					const ratio = T2[i]![width]! / a;
					if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && B[i]! < B[leave]!))
						[best, leave] = [ratio, i];
				}
			}
			if (leave < 0) return -Infinity;
			pivot(T2, leave, enter);
			B[leave] = enter;
		}
	};
	const phase1 = new Array<number>(width).fill(0).map((_, j) => (j >= slack ? 1 : 0));
	if (minimise(T, basis, phase1, width) > 1e-6) return null;
	// Drive any artificial left in the basis (at zero) out where possible.
	basis.forEach((bj, i) => {
		if (bj < slack) return;
		const c = T[i]!.findIndex((v, j) => j < slack && Math.abs(v) > EPS);
		if (c >= 0) {
			pivot(T, i, c);
			basis[i] = c;
		}
	});
	return Array.from({ length: n }, (_, k) => {
		const extreme = (sign: 1 | -1) => {
			const T2 = T.map((r) => [...r]);
			const B = [...basis];
			const cost = new Array<number>(width).fill(0);
			cost[k] = sign;
			return sign * minimise(T2, B, cost, slack) + sys.lower[k]!;
		};
		return { min: extreme(1), max: extreme(-1) };
	});
}
