//! Offset-preserving Arabic orthographic normalization.
//!
//! A [`Normalizer`] rewrites Arabic text into a canonical spelling (no diacritics, one alef,
//! ASCII digits, …) and can keep an [`Alignment`] from every normalized byte back to the
//! original text, the way HF tokenizers' `NormalizedString` does. Later stages (tokens,
//! sentences, ROUGE, summaries) work on the normalized view and report original offsets.
//!
//! ```
//! use mujaz_text::Normalizer;
//!
//! let n = Normalizer::default();
//! let text = "قالَ الوزيرُ إنّ ٣٥٪ من المساعدات وصلت";
//! let view = n.normalize(text);
//! assert_eq!(view.as_str(), "قال الوزير ان 35% من المساعدات وصلت");
//! // "ان" in the normalized text is "إنّ" (with its shadda) in the original.
//! let start = view.as_str().find("ان ").unwrap();
//! let span = view.original_span(start..start + "ان".len());
//! assert_eq!(&text[span], "إنّ");
//! ```

use std::borrow::Cow;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// Which normalization steps run. Every step is independent; the defaults suit search and
/// ROUGE on news text (teh marbuta and hamza carriers are kept, as they change meaning).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NormalizerConfig {
    /// Remove harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks.
    pub diacritics: bool,
    /// Remove tatweel (kashida, `ـ`).
    pub tatweel: bool,
    /// Unify alef forms `أ إ آ ٱ` (and the rarer wavy-hamza alefs) to bare `ا`.
    pub alef: bool,
    /// Alef maqsura `ى` → yeh `ي`.
    pub alef_maqsura: bool,
    /// Teh marbuta `ة` → heh `ه` (off by default).
    pub teh_marbuta: bool,
    /// Hamza carriers `ؤ` → `و` and `ئ` → `ي` (off by default).
    pub hamza_carriers: bool,
    /// Persian letter variants common in Arabic web text: `ی` → `ي`, `ک` → `ك`.
    pub persian_letters: bool,
    /// Arabic-Indic `٠-٩` and Persian `۰-۹` digits → ASCII.
    pub digits: bool,
    /// NFKC for Arabic presentation forms (`ﻻ` → `لا`, `ﷲ` → `الله`).
    pub presentation_forms: bool,
    /// Strip zero-width characters, bidi controls, the Arabic letter mark and soft hyphens.
    pub invisible: bool,
    /// Arabic and typographic punctuation → ASCII (`،` → `,`, `؟` → `?`, `«»“”` → `"`, …).
    pub punctuation: bool,
}

impl Default for NormalizerConfig {
    fn default() -> Self {
        NormalizerConfig {
            diacritics: true,
            tatweel: true,
            alef: true,
            alef_maqsura: true,
            teh_marbuta: false,
            hamza_carriers: false,
            persian_letters: true,
            digits: true,
            presentation_forms: true,
            invisible: true,
            punctuation: true,
        }
    }
}

impl NormalizerConfig {
    /// A configuration with every step off (the identity).
    pub fn none() -> Self {
        NormalizerConfig {
            diacritics: false,
            tatweel: false,
            alef: false,
            alef_maqsura: false,
            teh_marbuta: false,
            hamza_carriers: false,
            persian_letters: false,
            digits: false,
            presentation_forms: false,
            invisible: false,
            punctuation: false,
        }
    }
}

/// What happens to one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Keep,
    Delete,
    Char(char),
    Str(&'static str),
    /// NFKC-decompose, then normalize each resulting character.
    Compat,
}

// Table entries for U+0600..=U+06FF: 0 keep, 1 delete, otherwise the replacement char.
const KEEP: u32 = 0;
const DELETE: u32 = 1;

/// An Arabic normalizer, built once from a [`NormalizerConfig`] and reused.
///
/// ```
/// use mujaz_text::Normalizer;
/// let n = Normalizer::builder().teh_marbuta(true).build();
/// assert_eq!(n.normalize_str("مدرسةٌ"), "مدرسه");
/// ```
#[derive(Clone, Debug)]
pub struct Normalizer {
    config: NormalizerConfig,
    /// Actions for the Arabic block, the hot path.
    arabic: Box<[u32; 256]>,
    /// Replacement text of each Arabic-block character, as a range of `repl`.
    arabic_repl: Box<[(u16, u16); 256]>,
    /// All Arabic-block replacements, concatenated.
    repl: String,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new(NormalizerConfig::default())
    }
}

/// Builder for [`Normalizer`], starting from the default configuration.
#[derive(Clone, Debug, Default)]
pub struct NormalizerBuilder {
    config: NormalizerConfig,
}

macro_rules! builder_flags {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        impl NormalizerBuilder {
            $($(#[$doc])* pub fn $name(mut self, on: bool) -> Self { self.config.$name = on; self })*
        }
    };
}

builder_flags!(
    /// See [`NormalizerConfig::diacritics`].
    diacritics,
    /// See [`NormalizerConfig::tatweel`].
    tatweel,
    /// See [`NormalizerConfig::alef`].
    alef,
    /// See [`NormalizerConfig::alef_maqsura`].
    alef_maqsura,
    /// See [`NormalizerConfig::teh_marbuta`].
    teh_marbuta,
    /// See [`NormalizerConfig::hamza_carriers`].
    hamza_carriers,
    /// See [`NormalizerConfig::persian_letters`].
    persian_letters,
    /// See [`NormalizerConfig::digits`].
    digits,
    /// See [`NormalizerConfig::presentation_forms`].
    presentation_forms,
    /// See [`NormalizerConfig::invisible`].
    invisible,
    /// See [`NormalizerConfig::punctuation`].
    punctuation,
);

impl NormalizerBuilder {
    /// Finish the builder.
    pub fn build(self) -> Normalizer {
        Normalizer::new(self.config)
    }
}

/// True for the Arabic combining marks that [`NormalizerConfig::diacritics`] removes.
pub fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'   // Quranic honorifics and small marks
        | '\u{064B}'..='\u{065F}' // tanween, harakat, shadda, sukun, hamza marks
        | '\u{0670}'              // superscript (dagger) alef
        | '\u{06D6}'..='\u{06DC}' // Quranic annotation
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08E1}' // extended Quranic marks
        | '\u{08E3}'..='\u{08FF}')
}

/// True for zero-width characters and bidi controls that carry no text.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

impl Normalizer {
    /// Build a normalizer from a configuration.
    pub fn new(config: NormalizerConfig) -> Self {
        let mut arabic = Box::new([KEEP; 256]);
        for (i, slot) in arabic.iter_mut().enumerate() {
            let c = char::from_u32(0x600 + i as u32).expect("Arabic block is valid");
            *slot = match Self::act_for(&config, c) {
                Act::Keep => KEEP,
                Act::Delete => DELETE,
                Act::Char(r) => r as u32,
                // No character of the Arabic block expands to a string or needs NFKC.
                Act::Str(_) | Act::Compat => unreachable!("no multi-char action in U+06xx"),
            };
        }
        let mut repl = String::new();
        let mut arabic_repl = Box::new([(0u16, 0u16); 256]);
        for (i, &v) in arabic.iter().enumerate() {
            let a = repl.len() as u16;
            if v != KEEP && v != DELETE {
                repl.push(char::from_u32(v).expect("valid replacement"));
            }
            arabic_repl[i] = (a, repl.len() as u16);
        }
        Normalizer {
            config,
            arabic,
            arabic_repl,
            repl,
        }
    }

    /// A builder starting from the default configuration.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// The configuration this normalizer runs.
    pub fn config(&self) -> &NormalizerConfig {
        &self.config
    }

    fn act_for(cfg: &NormalizerConfig, c: char) -> Act {
        if cfg.diacritics && is_diacritic(c) {
            return Act::Delete;
        }
        if cfg.invisible && is_invisible(c) {
            return Act::Delete;
        }
        if cfg.presentation_forms && is_presentation_form(c) {
            return Act::Compat;
        }
        match c {
            '\u{0640}' if cfg.tatweel => Act::Delete,
            '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}'
                if cfg.alef =>
            {
                Act::Char('\u{0627}')
            }
            '\u{0649}' if cfg.alef_maqsura => Act::Char('\u{064A}'),
            '\u{0629}' if cfg.teh_marbuta => Act::Char('\u{0647}'),
            '\u{0624}' if cfg.hamza_carriers => Act::Char('\u{0648}'),
            '\u{0626}' if cfg.hamza_carriers => Act::Char('\u{064A}'),
            '\u{06CC}' if cfg.persian_letters => Act::Char('\u{064A}'),
            '\u{06A9}' if cfg.persian_letters => Act::Char('\u{0643}'),
            '\u{0660}'..='\u{0669}' if cfg.digits => {
                Act::Char(char::from(b'0' + (c as u32 - 0x660) as u8))
            }
            '\u{06F0}'..='\u{06F9}' if cfg.digits => {
                Act::Char(char::from(b'0' + (c as u32 - 0x6F0) as u8))
            }
            _ if cfg.punctuation => match c {
                '\u{060C}' | '\u{066C}' => Act::Char(','),
                '\u{061B}' => Act::Char(';'),
                '\u{061F}' => Act::Char('?'),
                '\u{066A}' => Act::Char('%'),
                '\u{066B}' | '\u{06D4}' => Act::Char('.'),
                '\u{066D}' => Act::Char('*'),
                '«' | '»' | '“' | '”' | '„' | '‟' | '″' => Act::Char('"'),
                '‘' | '’' | '‚' | '‛' | '′' => Act::Char('\''),
                '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => Act::Char('-'),
                '…' => Act::Str("..."),
                _ => Act::Keep,
            },
            _ => Act::Keep,
        }
    }

    #[inline]
    fn act(&self, c: char) -> Act {
        let cp = c as u32;
        if (0x600..0x700).contains(&cp) {
            match self.arabic[(cp - 0x600) as usize] {
                KEEP => Act::Keep,
                DELETE => Act::Delete,
                r => Act::Char(char::from_u32(r).unwrap_or(c)),
            }
        } else if cp < 0xA0 {
            Act::Keep
        } else {
            Self::act_for(&self.config, c)
        }
    }

    /// Normalize `text`, keeping an alignment to the original. Borrows (no allocation) when
    /// nothing changes.
    pub fn normalize<'a>(&self, text: &'a str) -> Normalized<'a> {
        let mut out = String::new();
        let mut points = Vec::new();
        if self.run::<true>(text, &mut out, &mut points) {
            Normalized {
                original: text,
                normalized: Cow::Owned(out),
                alignment: Alignment { points },
            }
        } else {
            Normalized {
                original: text,
                normalized: Cow::Borrowed(text),
                alignment: Alignment::default(),
            }
        }
    }

    /// Normalize `text` without an alignment (faster). Borrows when nothing changes.
    pub fn normalize_str<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = String::new();
        if self.run::<false>(text, &mut out, &mut Vec::new()) {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Append the normalized form of `text` to `out` (for buffer reuse in hot loops).
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        let mut tmp = std::mem::take(out);
        let start = tmp.len();
        if !self.run_append::<false>(text, &mut tmp, &mut Vec::new(), start) {
            tmp.push_str(text);
        }
        *out = tmp;
    }

    /// Returns true when something changed; then `out` holds the whole normalized text.
    fn run<const ALIGN: bool>(
        &self,
        text: &str,
        out: &mut String,
        points: &mut Vec<(u32, u32)>,
    ) -> bool {
        self.run_append::<ALIGN>(text, out, points, 0)
    }

    /// Core loop. `base` is the length `out` had before this text (alignment is relative to
    /// the start of this text's output). A vectorizable pre-pass marks, 16 bytes at a time,
    /// the characters that may need rewriting; only those are looked at one by one.
    /// Unchanged runs are copied lazily in one memcpy at the next edit, so clean text is
    /// never copied at all.
    fn run_append<const ALIGN: bool>(
        &self,
        text: &str,
        out: &mut String,
        points: &mut Vec<(u32, u32)>,
        base: usize,
    ) -> bool {
        let bytes = text.as_bytes();
        let mut st = EditState {
            changed: false,
            copied: 0,
        };
        let mut next = 0usize; // first byte not yet consumed (a char boundary)
        let mut chunk = 0usize;
        while chunk < bytes.len() {
            let mut mask = candidate_mask(
                bytes,
                chunk,
                (self.config.hamza_carriers, self.config.teh_marbuta),
            );
            while mask != 0 {
                let j = chunk + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                if j < next {
                    continue; // inside a character already handled
                }
                next = j + self.edit_at::<ALIGN>(text, j, out, points, base, &mut st);
            }
            chunk += 16;
        }
        if st.changed {
            out.push_str(&text[st.copied..]);
        }
        st.changed
    }

    /// Handle the character starting at `i`; returns its length.
    #[inline(always)]
    fn edit_at<const ALIGN: bool>(
        &self,
        text: &str,
        i: usize,
        out: &mut String,
        points: &mut Vec<(u32, u32)>,
        base: usize,
        st: &mut EditState,
    ) -> usize {
        let bytes = text.as_bytes();
        let b = bytes[i];
        if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            // Hot path: a two-byte character of the Arabic block with a precomputed
            // replacement.
            let idx = (((b & 0x03) as usize) << 6) | (bytes[i + 1] & 0x3F) as usize;
            if self.arabic[idx] == KEEP {
                return 2;
            }
            let (a, z) = self.arabic_repl[idx];
            let repl = &self.repl[a as usize..z as usize];
            if !st.changed {
                st.changed = true;
                out.reserve(text.len());
            }
            out.push_str(&text[st.copied..i]);
            out.push_str(repl);
            if ALIGN && repl.len() != 2 {
                let n = (out.len() - base) as u32;
                let o = (i + 2) as u32;
                match points.last_mut() {
                    Some(last) if last.0 == n => last.1 = o,
                    _ => points.push((n, o)),
                }
            }
            st.copied = i + 2;
            return 2;
        }
        let (c, len, act) = if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            // The Arabic block, straight from the table.
            let idx = (((b & 0x03) as usize) << 6) | (bytes[i + 1] & 0x3F) as usize;
            let cp = 0x600 + idx as u32;
            let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
            let act = match self.arabic[idx] {
                KEEP => return 2,
                DELETE => Act::Delete,
                r => Act::Char(char::from_u32(r).unwrap_or(c)),
            };
            (c, 2, act)
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            let act = self.act(c);
            if act == Act::Keep {
                return c.len_utf8();
            }
            (c, c.len_utf8(), act)
        };
        if !st.changed {
            st.changed = true;
            out.reserve(text.len());
        }
        out.push_str(&text[st.copied..i]);
        let before = out.len();
        match act {
            Act::Keep => {}
            Act::Delete => {}
            Act::Char(r) => out.push(r),
            Act::Str(s) => out.push_str(s),
            Act::Compat => {
                for d in std::iter::once(c).nfkc() {
                    // Decomposition can yield chars the other steps change (ﻷ → لأ).
                    match self.act(d) {
                        Act::Keep | Act::Compat => out.push(d),
                        Act::Delete => {}
                        Act::Char(r) => out.push(r),
                        Act::Str(s) => out.push_str(s),
                    }
                }
            }
        }
        let produced = out.len() - before;
        if ALIGN && produced != len {
            let n = (out.len() - base) as u32;
            let o = (i + len) as u32;
            match points.last_mut() {
                Some(last) if last.0 == n => last.1 = o,
                _ => points.push((n, o)),
            }
        }
        st.copied = i + len;
        len
    }
}

/// Progress of one normalization pass.
struct EditState {
    changed: bool,
    /// Original bytes before this index are already in the output.
    copied: usize,
}

/// Bit k set when the character starting at `bytes[start + k]` (k < 16) may be one that
/// some configuration rewrites: a superset test from the lead byte and the one after,
/// written as plain comparisons so the compiler vectorizes it. Continuation bytes and ASCII
/// are never candidates.
#[inline]
fn candidate_mask(bytes: &[u8], start: usize, hamza_teh: (bool, bool)) -> u32 {
    match bytes.get(start..start + 17) {
        Some(w) => mask_of(w.try_into().expect("17 bytes"), hamza_teh),
        None => {
            let mut w = [0u8; 17];
            let tail = &bytes[start..];
            w[..tail.len()].copy_from_slice(tail);
            mask_of(&w, hamza_teh)
        }
    }
}

#[inline(always)]
fn mask_of(w: &[u8; 17], (hamza, teh): (bool, bool)) -> u32 {
    let mut flags = [0u8; 16];
    for k in 0..16 {
        let (b, c) = (w[k], w[k + 1]);
        let other = b >= 0xDA || (0xC0..0xD8).contains(&b);
        // U+0600..U+061F (signs, punctuation, Quranic marks), آ أ إ; ؤ ئ and ة only when
        // the configuration rewrites them (ة is common: a false candidate costs a lookup).
        let d8 = b == 0xD8
            && (c <= 0x9F
                || c == 0xA2
                || c == 0xA3
                || c == 0xA5
                || (hamza && (c == 0xA4 || c == 0xA6))
                || (teh && c == 0xA9));
        // tatweel, ى, harakat, digits and punctuation, dagger alef and alef variants
        let d9 = b == 0xD9
            && (c == 0x80 || c == 0x89 || (0x8B..=0xAD).contains(&c) || (0xB0..=0xB3).contains(&c));
        flags[k] = (other | d8 | d9) as u8;
    }
    // Gather the 0/1 bytes into bits: byte i lands on bit 56 + i of the product.
    let pack = |x: u64| (x.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32;
    let lo = u64::from_le_bytes(flags[..8].try_into().expect("8 bytes"));
    let hi = u64::from_le_bytes(flags[8..].try_into().expect("8 bytes"));
    pack(lo) | (pack(hi) << 8)
}

/// Maps positions in a normalized text back to the original text.
///
/// Stored as breakpoints `(normalized, original)` after each length-changing edit; between
/// breakpoints the two texts advance together, so text whose edits keep byte lengths (most
/// Arabic letter unification) needs no breakpoints at all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Alignment {
    points: Vec<(u32, u32)>,
}

impl Alignment {
    /// True when every normalized offset equals its original offset.
    pub fn is_identity(&self) -> bool {
        self.points.is_empty()
    }

    /// The original offset of normalized offset `pos` (unclamped to char boundaries).
    pub fn to_original(&self, pos: usize) -> usize {
        let idx = self.points.partition_point(|&(n, _)| n as usize <= pos);
        let (n, o) = if idx == 0 {
            (0, 0)
        } else {
            self.points[idx - 1]
        };
        let mapped = o as usize + (pos - n as usize);
        match self.points.get(idx) {
            // Inside an expansion (… → ...), never run past the next edit's original end.
            Some(&(_, next_o)) => mapped.min(next_o as usize),
            None => mapped,
        }
    }
}

/// Maps a non-decreasing sequence of normalized offsets to original offsets in one pass
/// (the tokenizer's offsets only grow), instead of a binary search per offset.
#[derive(Clone, Debug)]
pub struct AlignmentCursor<'a> {
    points: &'a [(u32, u32)],
    idx: usize,
}

impl<'a> AlignmentCursor<'a> {
    /// The original offset of normalized offset `pos`; `pos` must not decrease between calls.
    pub fn to_original(&mut self, pos: usize) -> usize {
        while self.idx < self.points.len() && self.points[self.idx].0 as usize <= pos {
            self.idx += 1;
        }
        let (n, o) = if self.idx == 0 {
            (0, 0)
        } else {
            self.points[self.idx - 1]
        };
        let mapped = o as usize + (pos - n as usize);
        match self.points.get(self.idx) {
            Some(&(_, next_o)) => mapped.min(next_o as usize),
            None => mapped,
        }
    }
}

impl Alignment {
    /// A cursor for non-decreasing lookups.
    pub fn cursor(&self) -> AlignmentCursor<'_> {
        AlignmentCursor {
            points: &self.points,
            idx: 0,
        }
    }
}

/// A normalized view of a text, with the way back to the original.
#[derive(Clone, Debug)]
pub struct Normalized<'a> {
    original: &'a str,
    normalized: Cow<'a, str>,
    alignment: Alignment,
}

impl<'a> Normalized<'a> {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.normalized
    }

    /// The original text.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The alignment from normalized to original offsets.
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// True when normalization changed nothing (and allocated nothing).
    pub fn is_borrowed(&self) -> bool {
        matches!(self.normalized, Cow::Borrowed(_))
    }

    /// The original byte range of a normalized byte range. The start snaps down and the end
    /// up to character boundaries; marks removed right after a character stay with it.
    pub fn original_span(&self, range: Range<usize>) -> Range<usize> {
        let mut start = self
            .alignment
            .to_original(range.start)
            .min(self.original.len());
        let mut end = self
            .alignment
            .to_original(range.end)
            .min(self.original.len());
        while !self.original.is_char_boundary(start) {
            start -= 1;
        }
        while !self.original.is_char_boundary(end) {
            end += 1;
        }
        start..end.max(start)
    }

    /// Like [`Normalized::original_span`] for spans whose starts and ends never decrease
    /// from one call to the next (tokens in order), using a cursor.
    pub fn original_span_with(
        &self,
        starts: &mut AlignmentCursor<'_>,
        ends: &mut AlignmentCursor<'_>,
        range: Range<usize>,
    ) -> Range<usize> {
        if self.alignment.is_identity() {
            return range;
        }
        let mut start = starts.to_original(range.start).min(self.original.len());
        let mut end = ends.to_original(range.end).min(self.original.len());
        while !self.original.is_char_boundary(start) {
            start -= 1;
        }
        while !self.original.is_char_boundary(end) {
            end += 1;
        }
        start..end.max(start)
    }

    /// Consume the view, returning the normalized text.
    pub fn into_string(self) -> String {
        self.normalized.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        Normalizer::default().normalize_str(s).into_owned()
    }

    #[test]
    fn removes_diacritics_and_tatweel() {
        assert_eq!(n("وَزِيرُ الخارجـــية"), "وزير الخارجية");
        assert_eq!(n("مُحَمَّدٌ"), "محمد");
        assert_eq!(n("رَحْمٰن"), "رحمن");
        assert_eq!(n("صَلَّى ٱللَّهُ عَلَيْهِ ﷺ"), "صلي الله عليه صلي الله عليه وسلم");
    }

    #[test]
    fn unifies_letters() {
        assert_eq!(n("أحمد إلى آخر ٱلكتاب"), "احمد الي اخر الكتاب");
        assert_eq!(n("مدرسة"), "مدرسة");
        let all = Normalizer::builder()
            .teh_marbuta(true)
            .hamza_carriers(true)
            .build();
        assert_eq!(all.normalize_str("مدرسة مؤتمر رئيس"), "مدرسه موتمر رييس");
        assert_eq!(n("کتاب فارسی"), "كتاب فارسي");
    }

    #[test]
    fn digits_and_punctuation() {
        assert_eq!(n("٣٫٥٪ و۱۲"), "3.5% و12");
        assert_eq!(n("قال: «نعم»، وماذا؟ لا…"), "قال: \"نعم\", وماذا? لا...");
        let keep = Normalizer::builder().punctuation(false).build();
        assert_eq!(keep.normalize_str("«نعم»، ؟"), "«نعم»، ؟");
    }

    #[test]
    fn presentation_forms_and_invisible() {
        assert_eq!(n("ﻻ ﻷ ﷲ"), "لا لا الله");
        assert_eq!(n("كلمة\u{200F}\u{200C}أخرى\u{FEFF}"), "كلمةاخري");
    }

    #[test]
    fn no_op_borrows() {
        let view = Normalizer::default().normalize("قال الوزير ان الوضع 35 في المئة");
        assert!(view.is_borrowed());
        assert!(view.alignment().is_identity());
        assert!(matches!(
            Normalizer::default().normalize_str("plain text"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn alignment_maps_back() {
        let text = "ذَهَبَ ٣ رجال… إلى «البيت»";
        let view = Normalizer::default().normalize(text);
        assert_eq!(view.as_str(), "ذهب 3 رجال... الي \"البيت\"");
        let norm = view.as_str();
        for word in ["ذهب", "3", "رجال", "...", "الي", "البيت"] {
            let s = norm.find(word).unwrap();
            let span = view.original_span(s..s + word.len());
            let back = &text[span];
            assert_eq!(Normalizer::default().normalize_str(back), word, "{back}");
        }
        let s = norm.find("ذهب").unwrap();
        assert_eq!(&text[view.original_span(s..s + "ذهب".len())], "ذَهَبَ");
        assert_eq!(view.original_span(0..norm.len()), 0..text.len());
    }

    /// The obvious character-by-character normalizer, to check the fast one against.
    fn naive(n: &Normalizer, s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match n.act(c) {
                Act::Keep => out.push(c),
                Act::Delete => {}
                Act::Char(r) => out.push(r),
                Act::Str(x) => out.push_str(x),
                Act::Compat => {
                    for d in std::iter::once(c).nfkc() {
                        match n.act(d) {
                            Act::Keep | Act::Compat => out.push(d),
                            Act::Delete => {}
                            Act::Char(r) => out.push(r),
                            Act::Str(x) => out.push_str(x),
                        }
                    }
                }
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn fast_path_equals_naive(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "ا", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ـ", "َ", "ّ", "ٰ", "۔", "٣", "۴", "،", "؛",
                "؟", "«", "»", "…", "ﻻ", "ﷲ", "\u{200F}", "a", " ", "\n", "é", "—", "ک", "ی", "中",
                "قال", "الوزير", "😀", "\u{00AD}", "٫", "ۖ",
            ]), 0..80),
            teh in proptest::bool::ANY,
            hamza in proptest::bool::ANY,
        ) {
            let s = parts.concat();
            let n = Normalizer::new(NormalizerConfig {
                teh_marbuta: teh,
                hamza_carriers: hamza,
                ..NormalizerConfig::default()
            });
            proptest::prop_assert_eq!(n.normalize_str(&s).into_owned(), naive(&n, &s));
        }
    }

    #[test]
    fn candidate_mask_covers_every_rewrite() {
        let n = Normalizer::new(NormalizerConfig {
            teh_marbuta: true,
            hamza_carriers: true,
            ..NormalizerConfig::default()
        });
        for cp in 0x80..0x10000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if n.act(c) == Act::Keep {
                continue;
            }
            let mut buf = [0u8; 4];
            let enc = c.encode_utf8(&mut buf).as_bytes().to_vec();
            for at in [0usize, 7, 15] {
                let mut w = vec![b'a'; 20];
                w[at..at + enc.len()].copy_from_slice(&enc);
                assert!(
                    candidate_mask(&w, 0, (true, true)) & (1 << at) != 0,
                    "U+{cp:04X} at {at}"
                );
            }
        }
    }

    #[test]
    fn normalize_into_appends() {
        let mut buf = String::from("x ");
        Normalizer::default().normalize_into("أَ", &mut buf);
        Normalizer::default().normalize_into(" b", &mut buf);
        assert_eq!(buf, "x ا b");
    }

    #[test]
    fn idempotent_on_samples() {
        let norm = Normalizer::default();
        for s in ["ﻷ ﰀ ﱞ ﹰ", "إِنَّ…«»", "۰۱۲ ٠١٢"] {
            let once = norm.normalize_str(s).into_owned();
            assert_eq!(norm.normalize_str(&once), once);
        }
    }
}
