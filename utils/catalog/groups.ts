// The catalog generator's grouping of domains into sites (utils/catalog/generate.ts), with the
// cuts curated entries ask for (notOurs).

/**
 * Union-find over domains; each root becomes one site. `apart` tags domains "i+" (curated
 * entry i's own) and "i-" (entry i says it is not its own): a union that would put both tags
 * of one entry in one group is refused, so the cut holds whichever link the data makes.
 */
export class Groups {
  private parent = new Map<string, string>();
  private tags = new Map<string, Set<string>>();
  constructor(private readonly apart: ReadonlyMap<string, readonly string[]> = new Map()) {}
  add(d: string): void {
    if (this.parent.has(d)) return;
    this.parent.set(d, d);
    this.tags.set(d, new Set(this.apart.get(d)));
  }
  find(d: string): string {
    this.add(d);
    let r = d;
    while (this.parent.get(r) !== r) r = this.parent.get(r)!;
    // Path compression keeps later finds flat.
    while (this.parent.get(d) !== r) {
      const next = this.parent.get(d)!;
      this.parent.set(d, r);
      d = next;
    }
    return r;
  }
  /** Joins the groups of a and b; returns the tag of the curated entry that keeps them apart. */
  union(a: string, b: string): string | undefined {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return undefined;
    const ta = this.tags.get(ra)!;
    const tb = this.tags.get(rb)!;
    const opposite = (t: string) => t.slice(0, -1) + (t.endsWith('+') ? '-' : '+');
    const apart = [...ta].find((t) => tb.has(opposite(t)));
    if (apart) return apart;
    // Deterministic: the smaller string becomes the root.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    this.tags.set(root, new Set([...ta, ...tb]));
    this.tags.delete(child);
    return undefined;
  }
  members(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const d of [...this.parent.keys()].sort()) {
      const r = this.find(d);
      const list = out.get(r);
      if (list) list.push(d);
      else out.set(r, [d]);
    }
    return out;
  }
}
