//! Copies: exact copies, syndicated copies, excerpts and updates of one article.
//!
//! Method (our core, so written here rather than taken from a MinHash crate):
//! 1. [`fingerprint`] hashes every word window of [`SHINGLE`] words of the cleaned body
//!    straight from the text (no string per shingle) into a sorted set of 64-bit values.
//! 2. Candidates come from *anchors*: the shingles whose mixed hash is 0 modulo
//!    [`CopyParams::anchor_mod`]. The rule depends only on the shingle, so an excerpt's anchors
//!    are a subset of its source's anchors: the candidate step finds containment, not only
//!    resemblance, which is what syndicated news needs (another outlet's header, byline and
//!    footer lower Jaccard to ~0.5 while containment stays > 0.9).
//! 3. Every candidate is verified on the exact shingle sets: containment (share of the smaller
//!    set found in the larger) and Jaccard.
//!
//! Invariants: pure and deterministic; hashes are xxh3 with fixed seeds (stable across runs
//! and machines, pinned by a test); a report is only compared with reports before it in the
//! given order, so folding in one batch or in several gives the same links.

use rustc_hash::FxHashMap;
use storyfold_model::{CopyLink, Relation};
use xxhash_rust::xxh3::xxh3_64;

/// Seed of the whole-text hash.
const EXACT_SEED: u64 = 0x0051_ed27;

/// Words per shingle.
pub const SHINGLE: usize = 5;

/// A body's fingerprint: its sorted, distinct shingle hashes and a hash of the whole text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub shingles: Vec<u64>,
    /// Hash of the normalised word sequence: equal for exact copies.
    pub exact: u64,
    pub words: u32,
    /// Identity tokens: hashes of the numbers and capitalised words inside sentences (names,
    /// places, ages, addresses), at most [`MAX_IDENT`], sorted. Two briefs from one template
    /// share most shingles but not these.
    pub ident: Vec<u32>,
}

/// Identity tokens kept per report.
pub const MAX_IDENT: usize = 48;

/// The identity tokens of a text: words with a digit, and capitalised words that do not
/// start a sentence.
fn identity_tokens(text: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(32);
    let mut sentence_start = true;
    for_each_whitespace_word(text, |word| {
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let ident = if core.is_ascii() {
            let b = core.as_bytes();
            b.iter().any(u8::is_ascii_digit)
                || (!sentence_start && b.first().is_some_and(u8::is_ascii_uppercase))
        } else {
            core.chars().any(|c| c.is_ascii_digit())
                || (!sentence_start && core.chars().next().is_some_and(char::is_uppercase))
        };
        if ident && core.len() > 1 {
            buf.clear();
            if core.is_ascii() {
                buf.extend(core.bytes().map(|b| b.to_ascii_lowercase()));
            } else {
                buf.extend_from_slice(core.to_lowercase().as_bytes());
            }
            out.push(short(xxh3_64(&buf)));
        }
        sentence_start = word.ends_with(['.', '!', '?', ':', '"', '”']);
    });
    out.sort_unstable();
    out.dedup();
    // Keep a fixed sample (the smallest hashes) so long texts stay bounded and comparable.
    out.truncate(MAX_IDENT);
    out
}

/// `text.split_whitespace()` as a loop over bytes that decodes only non-ASCII characters
/// (the standard splitter decodes every character; this runs over every report's body).
fn for_each_whitespace_word<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b < 128 {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'), 1)
        } else {
            let c = text[i..].chars().next().expect("char boundary");
            (c.is_whitespace(), c.len_utf8())
        };
        match (space, start) {
            (true, Some(s)) => {
                f(&text[s..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        f(&text[s..]);
    }
}

#[inline]
fn mix(mut z: u64) -> u64 {
    // splitmix64's finaliser: a cheap, well-distributed bijection.
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Calls `f` with each word of `text`, lower-cased, apostrophes dropped ("officer’s" and
/// "officer's" are one word): the bytes of a maximal run of alphanumeric characters.
///
/// Hand-written because it is the inner loop of the copies stage: a word that is already
/// lower-case ASCII (most words of news text) is passed as a slice of the text itself, with
/// no copy; only other words are lower-cased into a buffer, decoding non-ASCII characters.
fn for_each_word(text: &str, mut f: impl FnMut(&[u8])) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut buf: Vec<u8> = Vec::with_capacity(32);
    let mut i = 0;
    while i < n {
        if CLASS[bytes[i] as usize] == SEP {
            i += 1;
            continue;
        }
        // Fast path: a run of ASCII letters and digits ended by an ASCII separator (or the
        // end); passed as it is when it has no capital, else lower-cased into the buffer.
        let start = i;
        let mut upper = false;
        while i < n {
            match CLASS[bytes[i] as usize] {
                LOWER => {}
                UPPER => upper = true,
                _ => break,
            }
            i += 1;
        }
        if i > start && (i == n || CLASS[bytes[i] as usize] == SEP) {
            if upper {
                buf.clear();
                buf.extend(bytes[start..i].iter().map(u8::to_ascii_lowercase));
                f(&buf);
            } else {
                f(&bytes[start..i]);
            }
            continue;
        }
        // General path (apostrophes, non-ASCII) from the word's start until that word ends.
        i = start;
        buf.clear();
        while i < n {
            let b = bytes[i];
            let (alnum, apostrophe, len) = if b < 128 {
                if b.is_ascii_alphanumeric() {
                    buf.push(b.to_ascii_lowercase());
                }
                (b.is_ascii_alphanumeric(), b == b'\'', 1)
            } else {
                let c = text[i..].chars().next().expect("char boundary");
                if c.is_alphanumeric() {
                    for l in c.to_lowercase() {
                        let mut tmp = [0u8; 4];
                        buf.extend_from_slice(l.encode_utf8(&mut tmp).as_bytes());
                    }
                }
                (c.is_alphanumeric(), c == '’', c.len_utf8())
            };
            i += len;
            if !alnum && !apostrophe && !buf.is_empty() {
                break;
            }
        }
        if !buf.is_empty() {
            f(&buf);
        }
    }
}

/// Byte classes of the word scanner: ASCII separators, lower-case letters and digits,
/// capitals, and the rest (the apostrophe and non-ASCII bytes) for the general path.
const SEP: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const OTHER: u8 = 3;
static CLASS: [u8; 256] = {
    let mut t = [SEP; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 128 || c == b'\'' {
            OTHER
        } else if c.is_ascii_lowercase() || c.is_ascii_digit() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else {
            SEP
        };
        b += 1;
    }
    t
};

/// Hashes each word of `text` (see [`for_each_word`]) and calls `f` with it.
fn for_each_word_hash(text: &str, mut f: impl FnMut(u64)) {
    for_each_word(text, |w| f(xxh3_64(w)));
}

/// Hash of a text's normalised word sequence (case and punctuation ignored): two reports
/// with the same hash are exact copies.
pub fn text_hash(text: &str) -> u64 {
    // The words joined by one space, then a single xxh3 (no per-word hashing).
    let mut norm: Vec<u8> = Vec::with_capacity(text.len());
    for_each_word(text, |w| {
        if !norm.is_empty() {
            norm.push(b' ');
        }
        norm.extend_from_slice(w);
    });
    xxh3_64(&norm) ^ EXACT_SEED
}

/// Fingerprints a cleaned body.
pub fn fingerprint(body: &str) -> Fingerprint {
    let mut window = [0u64; SHINGLE];
    let mut n = 0usize;
    let mut exact = EXACT_SEED;
    let mut shingles = Vec::with_capacity(body.len() / 5);
    for_each_word_hash(body, |h| {
        // The window holds the last SHINGLE word hashes, oldest first.
        window.copy_within(1.., 0);
        window[SHINGLE - 1] = h;
        n += 1;
        exact = mix(exact.rotate_left(7) ^ h);
        if n >= SHINGLE {
            shingles.push(window.iter().fold(0u64, |s, w| mix(s ^ w)));
        }
    });
    if n > 0 && n < SHINGLE {
        // A text shorter than one shingle is one shingle of all its words.
        shingles.push(exact);
    }
    shingles.sort_unstable();
    shingles.dedup();
    Fingerprint {
        shingles,
        exact,
        words: n as u32,
        ident: identity_tokens(body),
    }
}

/// Tunable parameters; the defaults are the ones measured in `docs/COPIES.md`.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyParams {
    /// One shingle in `anchor_mod` is an anchor (indexed for candidate search).
    pub anchor_mod: u64,
    /// Verified containment needed to call two bodies copies.
    pub min_containment: f32,
    /// Shared shingles needed, whatever the containment (guards very short texts).
    pub min_shared: usize,
    /// Anchors shared by more reports than this are treated as common phrases and not followed.
    pub max_postings: usize,
    /// Below this size ratio (smaller/larger) a contained copy is an excerpt.
    pub excerpt_ratio: f32,
}

impl Default for CopyParams {
    fn default() -> Self {
        CopyParams {
            anchor_mod: 4,
            min_containment: 0.5,
            min_shared: 8,
            max_postings: 200,
            excerpt_ratio: 0.85,
        }
    }
}

/// What the copies stage needs to know about a report besides its body.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    pub id: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

struct Entry {
    meta: DocMeta,
    /// Shingles cut to their high 32 bits, sorted: half the memory of the full hashes, and
    /// a chance collision (about n²/2³² per compared pair) moves a similarity by 1/n at most.
    shingles: Box<[u32]>,
    exact: u64,
    ident: Box<[u32]>,
    /// Number of its shingles that pass the anchor rule (a fixed-rate sample, whether or not
    /// all shingles were indexed): the denominator of containment estimates.
    sampled: u32,
    /// Index of the canonical entry of this entry's group (itself when canonical).
    canonical: u32,
}

/// Candidates whose anchor estimate of containment is below this share of the threshold are
/// not verified. Anchors are a 1-in-`anchor_mod` sample, so the estimate's standard error is
/// about 0.07 for a 200-word report; 0.6 leaves several errors of room.
const CANDIDATE_SLACK: f32 = 0.6;

/// One posting: a document holding an anchor, and the previous posting of that anchor.
#[derive(Clone, Copy)]
struct Posting {
    doc: u32,
    next: u32,
}

const NO_POSTING: u32 = u32::MAX;

/// An incremental copy index: insert reports in order, each is matched against those before.
///
/// Memory per report: its 32-bit shingles, its anchors' postings (8 bytes each, in one flat
/// vector linked per anchor) and its metadata; about 1–1.5 KB for a 250-word report.
pub struct CopyIndex {
    params: CopyParams,
    entries: Vec<Entry>,
    /// Anchor → (last posting, number of postings).
    heads: FxHashMap<u32, (u32, u32)>,
    postings: Vec<Posting>,
    exact: FxHashMap<u64, u32>,
    /// Scratch of the candidate search: shared anchors per report (zero between inserts)
    /// and the reports counted.
    counts: Vec<u32>,
    touched: Vec<u32>,
}

/// Similarity of two shingle sets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    pub shared: usize,
    pub containment: f32,
    pub jaccard: f32,
}

/// Exact containment and Jaccard of two sorted, distinct sets.
pub fn similarity<T: Ord>(a: &[T], b: &[T]) -> Similarity {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let small = a.len().min(b.len()).max(1);
    let union = (a.len() + b.len() - shared).max(1);
    Similarity {
        shared,
        containment: shared as f32 / small as f32,
        jaccard: shared as f32 / union as f32,
    }
}

fn same_text_field(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let norm = |s: &str| s.trim().to_lowercase();
            !a.trim().is_empty() && norm(a) == norm(b)
        }
        _ => false,
    }
}

/// Shingles below which a text that reports share under unrelated headlines is the site's
/// page furniture rather than one article (see [`page_furniture`]).
const SHORT_TEXT_SHINGLES: usize = 40;

/// Is what a copy and its canonical report share *page furniture*: a short text (the smaller
/// of the two under [`SHORT_TEXT_SHINGLES`]) under unrelated headlines ("Thank you for
/// registering!", a paywall notice)? Such texts are copies of each other, but not one story.
/// Each side: its distinct shingles ([`Prepared::len`]) and its headline.
pub fn page_furniture(a: (usize, Option<&str>), b: (usize, Option<&str>)) -> bool {
    a.0.min(b.0) < SHORT_TEXT_SHINGLES && unrelated_headlines(a.1, b.1)
}

/// Do two headlines have (almost) no word of three letters or more in common? Unknown or
/// empty headlines are not unrelated.
fn unrelated_headlines(a: Option<&str>, b: Option<&str>) -> bool {
    let words = |t: &str| -> Vec<String> {
        let mut w: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3)
            .map(str::to_lowercase)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    match (a.map(words), b.map(words)) {
        (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() => similarity(&x, &y).jaccard < 0.25,
        _ => false,
    }
}

/// Headline stem: the headline's words minus update markers, for "same headline" tests.
fn title_stem(t: &str) -> String {
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !w.is_empty() && !matches!(*w, "update" | "updated" | "updates" | "breaking" | "live")
        })
        .take(6)
        .collect();
    words.join(" ")
}

/// Do two reports name the same people, places and numbers? When both name at least
/// three, most of the smaller set must be in the other (bottom-k samples of both, so a
/// shared token is kept in both whenever it is among the smaller sample's range).
fn same_identity(a: &[u32], b: &[u32]) -> bool {
    if a.len() < 3 || b.len() < 3 {
        return true;
    }
    // Compare within the range both samples cover.
    let limit = a[a.len() - 1].min(b[b.len() - 1]);
    let a: Vec<u32> = a.iter().copied().filter(|x| *x <= limit).collect();
    let b: Vec<u32> = b.iter().copied().filter(|x| *x <= limit).collect();
    if a.len() < 3 || b.len() < 3 {
        return true;
    }
    similarity(&a, &b).containment >= MIN_IDENTITY
}

/// Share of identity tokens two copies must have in common.
const MIN_IDENTITY: f32 = 0.5;

fn short(s: u64) -> u32 {
    (s >> 32) as u32
}

/// A fingerprint made ready for a [`CopyIndex`] with given parameters: shingles cut to 32
/// bits and the anchors to look up and index. Preparing is pure and independent per report,
/// so a batch prepares in parallel and only [`CopyIndex::insert_prepared`] runs in order.
#[derive(Debug, Clone)]
pub struct Prepared {
    shingles: Box<[u32]>,
    /// Each anchor with whether it passes the sampling rule.
    anchors: Vec<(u32, bool)>,
    sampled: u32,
    exact: u64,
    ident: Box<[u32]>,
}

impl Prepared {
    /// Distinct shingles of the text.
    pub fn len(&self) -> usize {
        self.shingles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shingles.is_empty()
    }
}

impl CopyParams {
    fn is_anchor(&self, s: u64) -> bool {
        mix(s ^ 0xa5a5_5a5a_0f0f_f0f0).is_multiple_of(self.anchor_mod)
    }

    /// Prepares a fingerprint for an index with these parameters. Anchors are the shingles
    /// that pass the sampling rule; a text so short that it has fewer than 8 sampled anchors
    /// indexes all its shingles, so that two short copies still meet (a short text's shingles
    /// include its sampled anchors).
    pub fn prepare(&self, fp: Fingerprint) -> Prepared {
        // The shingles are sorted as 64-bit values, so their high halves are already in order.
        let mut shingles: Vec<u32> = fp.shingles.iter().map(|s| short(*s)).collect();
        if !shingles.is_sorted() {
            shingles.sort_unstable();
        }
        shingles.dedup();
        let all = fp.shingles.len() < 8 * self.anchor_mod as usize;
        let anchors: Vec<(u32, bool)> = fp
            .shingles
            .iter()
            .map(|s| (short(*s), self.is_anchor(*s)))
            .filter(|(_, sampled)| all || *sampled)
            .collect();
        let sampled = anchors.iter().filter(|(_, sampled)| *sampled).count() as u32;
        Prepared {
            shingles: shingles.into_boxed_slice(),
            anchors,
            sampled,
            exact: fp.exact,
            ident: fp.ident.into_boxed_slice(),
        }
    }
}

impl CopyIndex {
    pub fn new(params: CopyParams) -> Self {
        CopyIndex {
            params,
            entries: Vec::new(),
            heads: FxHashMap::default(),
            postings: Vec::new(),
            exact: FxHashMap::default(),
            counts: Vec::new(),
            touched: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Position (in insertion order) of the canonical report of the `entry`-th report's group.
    pub fn canonical_of(&self, entry: usize) -> usize {
        self.entries[entry].canonical as usize
    }

    /// Matches a report against everything inserted before it, then inserts it.
    /// Returns its copy link, if it is a copy of an earlier report.
    pub fn insert(&mut self, meta: DocMeta, fp: Fingerprint) -> Option<CopyLink> {
        let prepared = self.params.prepare(fp);
        self.insert_prepared(meta, prepared)
    }

    /// [`CopyIndex::insert`] for a fingerprint already prepared with this index's parameters
    /// (which may be done in parallel, away from the index).
    pub fn insert_prepared(&mut self, meta: DocMeta, fp: Prepared) -> Option<CopyLink> {
        let idx = self.entries.len() as u32;
        let Prepared {
            shingles,
            anchors,
            sampled,
            exact,
            ident,
        } = fp;
        let mut best: Option<(usize, Similarity)> = None;
        if let Some(&e) = self.exact.get(&exact).filter(|_| exact != text_hash("")) {
            let full = Similarity {
                shared: shingles.len(),
                containment: 1.0,
                jaccard: 1.0,
            };
            best = Some((e as usize, full));
        } else if !shingles.is_empty() {
            // Shared anchors per earlier report, counted in a reused array (a slot per
            // report) with the list of slots touched, cleared again below.
            self.counts.resize(self.entries.len(), 0);
            let mut touched = std::mem::take(&mut self.touched);
            // Anchors shared by too many reports are common phrases (templates, boilerplate the
            // cleaner missed): they are evidence neither way, so they also leave the estimate's
            // denominator.
            let mut common = 0u32;
            for (a, is_sampled) in &anchors {
                let Some(&(mut p, n)) = self.heads.get(a) else {
                    continue;
                };
                if n as usize > self.params.max_postings {
                    common += u32::from(*is_sampled);
                    continue;
                }
                while p != NO_POSTING {
                    let posting = self.postings[p as usize];
                    let slot = &mut self.counts[posting.doc as usize];
                    if *slot == 0 {
                        touched.push(posting.doc);
                    }
                    *slot += 1;
                    p = posting.next;
                }
            }
            let counts: Vec<(u32, u32)> = touched
                .drain(..)
                .map(|d| (d, std::mem::take(&mut self.counts[d as usize])))
                .collect();
            self.touched = touched;
            // Shared anchors estimate containment (anchors are a fixed sample of shingles):
            // verify only candidates whose estimate is within reach of the threshold, best
            // first, and stop once the estimates fall well below the best verified match.
            let mine = sampled.saturating_sub(common).max(1) as f32;
            let mut cands: Vec<(u32, f32)> = counts
                .into_iter()
                .filter(|&(_, c)| c >= 2)
                .map(|(d, c)| {
                    (
                        d,
                        c as f32 / mine.min(self.entries[d as usize].sampled.max(1) as f32),
                    )
                })
                .filter(|&(_, est)| est >= CANDIDATE_SLACK * self.params.min_containment)
                .collect();
            cands.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            for (d, est) in cands.into_iter().take(64) {
                if best
                    .as_ref()
                    .is_some_and(|(_, b)| est < b.containment - 0.25)
                {
                    break;
                }
                let other = &self.entries[d as usize];
                let sim = similarity(&shingles, &other.shingles);
                let needed = self
                    .params
                    .min_shared
                    .min(shingles.len().min(other.shingles.len()));
                if sim.containment >= self.params.min_containment
                    && sim.shared >= needed
                    && same_identity(&ident, &other.ident)
                {
                    let better = match &best {
                        None => true,
                        Some((bd, bs)) => {
                            sim.containment > bs.containment
                                || (sim.containment == bs.containment && (d as usize) < *bd)
                        }
                    };
                    if better {
                        best = Some((d as usize, sim));
                    }
                }
            }
        }
        let (canonical, link) = match best {
            None => (idx, None),
            Some((matched, _)) => {
                let canonical = self.entries[matched].canonical;
                let can = &self.entries[canonical as usize];
                let sim = similarity(&shingles, &can.shingles);
                let relation = self.relation(&meta, exact, shingles.len(), can, sim);
                let link = CopyLink {
                    report: meta.id.clone(),
                    canonical: can.meta.id.clone(),
                    relation,
                    containment: sim.containment,
                    jaccard: sim.jaccard,
                };
                (canonical, Some(link))
            }
        };
        for (a, _) in anchors {
            let head = self.heads.entry(a).or_insert((NO_POSTING, 0));
            self.postings.push(Posting {
                doc: idx,
                next: head.0,
            });
            *head = (self.postings.len() as u32 - 1, head.1 + 1);
        }
        self.exact.entry(exact).or_insert(idx);
        self.entries.push(Entry {
            meta,
            shingles,
            exact,
            ident,
            sampled,
            canonical,
        });
        link
    }

    fn relation(
        &self,
        meta: &DocMeta,
        exact: u64,
        size: usize,
        can: &Entry,
        sim: Similarity,
    ) -> Relation {
        if exact == can.exact {
            return Relation::Exact;
        }
        let same_outlet = same_text_field(&meta.url, &can.meta.url)
            || same_text_field(&meta.source, &can.meta.source)
            || matches!((&meta.title, &can.meta.title), (Some(a), Some(b)) if title_stem(a) == title_stem(b) && !title_stem(a).is_empty());
        if same_outlet && sim.jaccard < 0.98 {
            return Relation::Update;
        }
        let large = can.shingles.len();
        if size < large
            && (size as f32) < self.params.excerpt_ratio * large as f32
            && sim.containment >= 0.8
        {
            return Relation::Excerpt;
        }
        Relation::Syndicated
    }
}

/// What changed between two versions of a body, sentence by sentence: the sentences only in
/// `newer`, and those only in `older` (in their order). For showing updates and copies.
pub fn sentence_diff(older: &str, newer: &str) -> (Vec<String>, Vec<String>) {
    let split = |t: &str| -> Vec<String> {
        t.split_inclusive(['.', '!', '?'])
            .map(|s| s.trim().to_string())
            .filter(|s| s.len() > 2)
            .collect()
    };
    let (a, b) = (split(older), split(newer));
    let added = b.iter().filter(|s| !a.contains(s)).cloned().collect();
    let removed = a.iter().filter(|s| !b.contains(s)).cloned().collect();
    (added, removed)
}

/// Batch form: reports in the given order, one link (or none) per report.
pub fn find_copies(docs: Vec<(DocMeta, Fingerprint)>, params: CopyParams) -> Vec<Option<CopyLink>> {
    let mut index = CopyIndex::new(params);
    docs.into_iter().map(|(m, f)| index.insert(m, f)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str) -> DocMeta {
        DocMeta {
            id: id.into(),
            ..Default::default()
        }
    }

    const STORY: &str = "Two men were wounded late Friday when gunfire broke out outside a bakery on Alder Road, police said. Officers found both men on the sidewalk shortly after eleven. One was taken to Mercy Hospital in critical condition and the other was treated at the scene. Detectives are looking for a dark sedan seen leaving the area. Anyone with information is asked to call the tip line. The shooting was the third on Alder Road this year, according to police records.";

    /// The plain per-character definition of the word sequence, as the fast scanner must
    /// give it: lower-cased alphanumeric runs, apostrophes dropped.
    fn words_by_definition(text: &str) -> Vec<Vec<u8>> {
        let mut out = vec![];
        let mut word = String::new();
        for c in text.chars() {
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if c != '\'' && c != '’' && !word.is_empty() {
                out.push(std::mem::take(&mut word).into_bytes());
            }
        }
        if !word.is_empty() {
            out.push(word.into_bytes());
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn the_word_scanner_follows_its_definition(text in "[a-zA-Z0-9 '’.,“”—\\-ÉéßİΣ\n]{0,60}") {
            let mut got = vec![];
            for_each_word(&text, |w| got.push(w.to_vec()));
            proptest::prop_assert_eq!(got, words_by_definition(&text));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_whitespace_splitter_is_split_whitespace(text in "[a-z \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{2003}\u{3000}é.]{0,40}") {
            let mut got = vec![];
            for_each_whitespace_word(&text, |w| got.push(w));
            proptest::prop_assert_eq!(got, text.split_whitespace().collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_word_scanner_on_edge_cases() {
        for text in [
            "",
            "a",
            "A",
            "officer's",
            "officer’s car",
            "'quoted'",
            "“Hello,” she said",
            "x—y",
            "ÉCOLE São",
            "end.",
            "9mm 40-year-old",
        ] {
            let mut got = vec![];
            for_each_word(text, |w| got.push(w.to_vec()));
            assert_eq!(got, words_by_definition(text), "{text:?}");
        }
    }

    #[test]
    fn unrelated_headlines_share_no_words() {
        let u = unrelated_headlines;
        assert!(u(
            Some("Five hurt after youth football game"),
            Some("Bar shooting leaves ten injured")
        ));
        assert!(!u(
            Some("Bar shooting leaves ten injured"),
            Some("Ten injured in bar shooting, police say")
        ));
        assert!(!u(None, Some("Bar shooting leaves ten injured")));
    }

    #[test]
    fn fingerprint_values_are_pinned() {
        // If this fails, stored fingerprints from earlier versions no longer match: bump the
        // store's fingerprint version instead of changing the expected values.
        let fp = fingerprint("One two three four five six");
        assert_eq!(fp.words, 6);
        assert_eq!(fp.shingles.len(), 2);
        assert_eq!(
            fp.exact,
            fingerprint("ONE two, three... four five six").exact
        );
        assert_eq!(
            fp.shingles,
            vec![4_115_190_818_064_258_695, 16_003_862_636_678_388_271]
        );
    }

    #[test]
    fn header_and_footer_changes_are_syndicated_copies() {
        let copy = format!(
            "Breaking from the Valley Courier newsroom today. {STORY} Copyright 2025 Valley Courier. Sign up for alerts."
        );
        let links = find_copies(
            vec![
                (meta("a"), fingerprint(STORY)),
                (meta("b"), fingerprint(&copy)),
            ],
            CopyParams::default(),
        );
        let l = links[1].as_ref().expect("copy found");
        assert_eq!(l.canonical, "a");
        assert_eq!(l.relation, Relation::Syndicated);
        assert!(l.containment > 0.95, "{l:?}");
    }

    #[test]
    fn excerpt_and_exact() {
        let excerpt: String = STORY.split(". ").take(3).collect::<Vec<_>>().join(". ");
        let links = find_copies(
            vec![
                (meta("a"), fingerprint(STORY)),
                (meta("b"), fingerprint(&excerpt)),
                (meta("c"), fingerprint(STORY)),
            ],
            CopyParams::default(),
        );
        assert_eq!(links[0], None);
        assert_eq!(links[1].as_ref().unwrap().relation, Relation::Excerpt);
        assert_eq!(links[2].as_ref().unwrap().relation, Relation::Exact);
    }

    #[test]
    fn different_stories_are_not_copies() {
        let other = "A kitchen fire damaged a two-story home on Birch Lane early Sunday, fire officials said. No one was hurt. The family of four escaped after a smoke alarm sounded. Crews had the blaze under control within twenty minutes. The cause is under investigation.";
        let links = find_copies(
            vec![
                (meta("a"), fingerprint(STORY)),
                (meta("b"), fingerprint(other)),
            ],
            CopyParams::default(),
        );
        assert_eq!(links[1], None);
    }

    #[test]
    fn sentence_diff_lists_what_changed() {
        let (added, removed) = sentence_diff(
            "A man was hurt. Police are looking for a car.",
            "A man died. Police are looking for a car. He was 31.",
        );
        assert_eq!(added, vec!["A man died.", "He was 31."]);
        assert_eq!(removed, vec!["A man was hurt."]);
    }

    #[test]
    fn same_url_revision_is_an_update() {
        let newer = format!(
            "{STORY} Police identified one of the victims as Luis Ortega, 31, who died Saturday."
        );
        let a = DocMeta {
            url: Some("https://x.example/a".into()),
            ..meta("a")
        };
        let b = DocMeta {
            url: Some("https://x.example/a".into()),
            ..meta("b")
        };
        let links = find_copies(
            vec![(a, fingerprint(STORY)), (b, fingerprint(&newer))],
            CopyParams::default(),
        );
        assert_eq!(links[1].as_ref().unwrap().relation, Relation::Update);
    }
}
