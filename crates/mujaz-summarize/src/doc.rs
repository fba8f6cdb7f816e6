//! Per-document representation shared by every scorer: sentences as sparse term vectors.

use rustc_hash::FxHashMap;

use mujaz_text::{Analysis, LightStemmer, TokenKind};

/// A sentence as the scorers see it.
#[derive(Clone, Debug, Default)]
pub struct SentenceVec {
    /// Where its (term id, count) pairs, sorted by term id, sit in [`DocVectors::terms`]
    /// (see [`DocVectors::tf`]).
    pub tf: std::ops::Range<usize>,
    /// Number of word tokens (stop words included).
    pub words: usize,
    /// Number of content terms (stop words excluded).
    pub content: usize,
    /// Number of Arabic words.
    pub arabic: usize,
    /// Euclidean norm of the tf-idf vector (set by [`DocVectors::build`]).
    pub norm: f32,
    /// True when a word of the sentence is an attribution verb or phrase (`قال`, `بحسب`, ...).
    pub attribution: bool,
    /// True for a line of its own that no sentence punctuation ends: a title, a dateline or
    /// byline, an update time (see [`is_heading`] and [`DocVectors::set_aside`]).
    pub heading: bool,
}

/// Most words a [heading](SentenceVec::heading) line has: a title runs to about 12 words; a
/// longer unpunctuated line is more likely a sentence whose full stop was left out.
pub const MAX_HEADING_WORDS: usize = 12;

/// True when `text[start..end]`, a sentence of `words` words, is a heading line: a line of
/// its own (only spaces and invisible marks beside it on its line), at most
/// [`MAX_HEADING_WORDS`] words, that no sentence punctuation ends (`.`, `!`, `؟`, `:`, `؛`,
/// `…`, a closing quote or bracket). A scraped article's title (`الحكومة تفتتح مستشفى
/// جديدا`), its update time (`آخر تحديث: 12 مايو 2024 - 10:30`), a dateline on its own line
/// (`دبي، الإمارات (CNN) --`) and a byline (`بقلم ...`) are such lines; a news sentence is not.
///
/// ```
/// use mujaz_summarize::doc::is_heading;
///
/// let text = "الحكومة تفتتح مستشفى جديدا\nافتتحت الحكومة مستشفى جديدا في الزرقاء.";
/// let title = text.find('\n').unwrap();
/// assert!(is_heading(text, 0, title, 3));
/// assert!(!is_heading(text, title + 1, text.len(), 6));
/// ```
pub fn is_heading(text: &str, start: usize, end: usize, words: usize) -> bool {
    if words == 0 || words > MAX_HEADING_WORDS {
        return false;
    }
    let blank =
        |c: char| c == ' ' || c == '\t' || c == '\u{a0}' || mujaz_text::normalize::is_invisible(c);
    let line_break = mujaz_text::chars::is_line_break;
    let before = text[..start].trim_end_matches(blank);
    let after = text[end..].trim_start_matches(blank);
    if !(before.is_empty() || before.ends_with(line_break))
        || !(after.is_empty() || after.starts_with(line_break))
    {
        return false;
    }
    !text[start..end].trim_end_matches(blank).ends_with([
        '.', '!', '?', '؟', '…', ':', ';', '؛', '۔', '"', '\'', '»', '”', '’', ')', ']', '}',
    ])
}

/// Term statistics of a whole document.
#[derive(Debug)]
pub struct DocVectors {
    /// One vector per sentence, in document order.
    pub sentences: Vec<SentenceVec>,
    /// Every sentence's sparse term counts, one after the other: one buffer per article
    /// instead of one per sentence.
    pub terms: Vec<(u32, f32)>,
    /// Inverse sentence frequency of each term.
    pub idf: Vec<f32>,
    /// Document frequency (in tokens) of each term.
    pub doc_tf: Vec<f32>,
    /// Sum of the sentences' tf-idf vectors.
    pub centroid: Vec<f32>,
    /// Euclidean norm of the centroid.
    pub centroid_norm: f32,
    /// Term ids of the title, if any.
    pub title: Vec<(u32, f32)>,
    /// True when some sentence with words is no heading line: then the heading lines are
    /// set aside (see [`DocVectors::set_aside`]).
    pub has_body: bool,
}

/// True for the light stems of attribution verbs and phrases (normalized), a feature of the
/// learned scorer. A `match` compiles to a length switch, cheaper than scanning a list.
fn is_attribution(stem: &str) -> bool {
    matches!(
        stem,
        "قال"
            | "اضاف"
            | "اكد"
            | "اوضح"
            | "اشار"
            | "ذكر"
            | "صرح"
            | "قالت"
            | "اعلن"
            | "افاد"
            | "تابع"
            | "يقول"
            | "تقول"
            | "بحسب"
            | "وفق"
    )
}

/// A word's term text (the light stem of an Arabic word, other words as they are) and
/// whether it is a content term (not a stop word).
fn term_text<'s>(stem: &LightStemmer, norm: &'s str, kind: TokenKind) -> (&'s str, bool) {
    if kind == TokenKind::Arabic {
        (stem.stem_str(norm), !mujaz_text::is_stop_word(norm))
    } else {
        (norm, true)
    }
}

/// What one distinct normalized word form contributes: its term id (none for stop words
/// and punctuation) and whether it marks attribution.
#[derive(Clone, Copy)]
struct Form {
    term: Option<u32>,
    attribution: bool,
}

/// Interns content terms (light stems of non-stop-word tokens) within one document, and
/// remembers every distinct word form it has seen: news text repeats its words, so the
/// stop-word probe and the stemmer run once per form, not once per token.
struct Interner<'a> {
    ids: FxHashMap<&'a str, u32>,
    forms: FxHashMap<&'a str, Form>,
    stem: LightStemmer,
}

impl<'a> Interner<'a> {
    fn with_capacity(words: usize) -> Self {
        Interner {
            ids: FxHashMap::with_capacity_and_hasher(words / 2, Default::default()),
            forms: FxHashMap::with_capacity_and_hasher(words / 2, Default::default()),
            stem: LightStemmer::default(),
        }
    }

    /// The form of a word token of `doc`, interning its term when it is new.
    fn form(&mut self, doc: &'a Analysis<'a>, t: &mujaz_text::AnalyzedToken) -> Form {
        let n = doc.norm(t);
        // One hash of the form whether it is new or not.
        let slot = match self.forms.entry(n) {
            std::collections::hash_map::Entry::Occupied(e) => return *e.get(),
            std::collections::hash_map::Entry::Vacant(v) => v,
        };
        let (text, content) = term_text(&self.stem, n, t.kind);
        let attribution = t.kind == TokenKind::Arabic && is_attribution(text);
        let term = content.then(|| {
            let next = self.ids.len() as u32;
            *self.ids.entry(text).or_insert(next)
        });
        let f = Form { term, attribution };
        slot.insert(f);
        f
    }

    /// The term id of a title word, if the document has that term.
    fn get(&self, doc: &Analysis<'_>, t: &mujaz_text::AnalyzedToken) -> Option<u32> {
        let (text, content) = term_text(&self.stem, doc.norm(t), t.kind);
        content.then(|| self.ids.get(text).copied()).flatten()
    }

    fn len(&self) -> usize {
        self.ids.len()
    }
}

/// Append the sparse counts of `ids` (sorted in place) to `out`.
fn push_sparse(ids: &mut [u32], out: &mut Vec<(u32, f32)>) {
    ids.sort_unstable();
    let mut prev = None;
    for &id in ids.iter() {
        if prev == Some(id) {
            if let Some((_, c)) = out.last_mut() {
                *c += 1.0;
            }
        } else {
            out.push((id, 1.0));
            prev = Some(id);
        }
    }
}

/// Call `f(a_count, b_count, term)` for every term two sorted sparse vectors share.
#[inline]
fn for_shared(a: &[(u32, f32)], b: &[(u32, f32)], mut f: impl FnMut(f32, f32, u32)) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                f(a[i].1, b[j].1, a[i].0);
                i += 1;
                j += 1;
            }
        }
    }
}

impl DocVectors {
    /// Build the vectors of an analyzed document (and of its title, analyzed separately).
    pub fn build<'a>(doc: &'a Analysis<'a>, title: Option<&'a Analysis<'a>>) -> DocVectors {
        let mut interner = Interner::with_capacity(doc.tokens().len());
        let mut sentences = Vec::with_capacity(doc.sentences().len());
        let mut terms = Vec::with_capacity(doc.tokens().len() / 2);
        let mut ids = Vec::with_capacity(64);
        for s in doc.sentences() {
            ids.clear();
            let mut words = 0;
            let mut arabic = 0;
            let mut attribution = false;
            for t in doc.sentence_tokens(s) {
                if !t.kind.is_word() {
                    continue;
                }
                words += 1;
                arabic += (t.kind == TokenKind::Arabic) as usize;
                let f = interner.form(doc, t);
                attribution |= f.attribution;
                if let Some(id) = f.term {
                    ids.push(id);
                }
            }
            let content = ids.len();
            let start = terms.len();
            push_sparse(&mut ids, &mut terms);
            sentences.push(SentenceVec {
                tf: start..terms.len(),
                words,
                content,
                arabic,
                norm: 0.0,
                attribution,
                heading: is_heading(doc.text(), s.start, s.end, words),
            });
        }
        let nterms = interner.len();
        let mut df = vec![0f32; nterms];
        let mut doc_tf = vec![0f32; nterms];
        for s in &sentences {
            for &(id, c) in &terms[s.tf.clone()] {
                df[id as usize] += 1.0;
                doc_tf[id as usize] += c;
            }
        }
        let n = sentences.len() as f32;
        // Document frequencies become inverse ones in place.
        let mut idf = df;
        for d in idf.iter_mut() {
            *d = ((n + 1.0) / (*d + 0.5)).ln().max(0.05);
        }
        let mut centroid = vec![0f32; nterms];
        for &(id, c) in &terms {
            centroid[id as usize] += c * idf[id as usize];
        }
        let title_vec = title
            .map(|t| {
                let mut ids: Vec<u32> = t
                    .tokens()
                    .iter()
                    .filter(|tok| tok.kind.is_word())
                    .filter_map(|tok| interner.get(t, tok))
                    .collect();
                let mut v = Vec::with_capacity(ids.len());
                push_sparse(&mut ids, &mut v);
                v
            })
            .unwrap_or_default();
        let centroid_norm = centroid.iter().map(|x| x * x).sum::<f32>().sqrt();
        for s in sentences.iter_mut() {
            s.norm = Self::tfidf_norm(&idf, &terms[s.tf.clone()]);
        }
        let has_body = sentences.iter().any(|s| !s.heading && s.words > 0);
        DocVectors {
            has_body,
            sentences,
            terms,
            idf,
            doc_tf,
            centroid,
            centroid_norm,
            title: title_vec,
        }
    }

    /// True when sentence `i` is a [heading line](SentenceVec::heading) of an article that
    /// has sentences besides: never chosen while a sentence that is not one can be, and not
    /// counted in the positions the learned scorer sees. An article of nothing but such lines
    /// sets none aside.
    pub fn set_aside(&self, i: usize) -> bool {
        self.sets_aside(&self.sentences[i])
    }

    /// [`DocVectors::set_aside`] of one of this article's sentences, given itself.
    #[inline]
    pub fn sets_aside(&self, sv: &SentenceVec) -> bool {
        self.has_body && sv.heading
    }

    /// Sentence `i`'s (term id, count) pairs, sorted by term id.
    pub fn tf(&self, i: usize) -> &[(u32, f32)] {
        &self.terms[self.sentences[i].tf.clone()]
    }

    /// Euclidean norm of a sparse vector's tf-idf weights.
    fn tfidf_norm(idf: &[f32], v: &[(u32, f32)]) -> f32 {
        v.iter()
            .map(|&(id, c)| (c * idf[id as usize]).powi(2))
            .sum::<f32>()
            .sqrt()
    }

    /// tf-idf dot product of two sparse vectors.
    fn tfidf_dot(&self, a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
        let mut dot = 0f32;
        for_shared(a, b, |x, y, id| {
            let idf = self.idf[id as usize];
            dot += x * y * idf * idf;
        });
        dot
    }

    /// Cosine similarity of two sparse tf vectors under tf-idf weights.
    pub fn cosine(&self, a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
        let dot = self.tfidf_dot(a, b);
        if dot == 0.0 {
            return 0.0;
        }
        dot / (Self::tfidf_norm(&self.idf, a) * Self::tfidf_norm(&self.idf, b))
    }

    /// Cosine similarity of sentences `i` and `j` (norms precomputed).
    pub fn sentence_cosine(&self, i: usize, j: usize) -> f32 {
        let (a, b) = (&self.sentences[i], &self.sentences[j]);
        if a.norm == 0.0 || b.norm == 0.0 {
            return 0.0;
        }
        self.tfidf_dot(self.tf(i), self.tf(j)) / (a.norm * b.norm)
    }

    /// Cosine similarity of a sentence to the document centroid.
    pub fn centroid_cosine(&self, a: &[(u32, f32)]) -> f32 {
        let mut dot = 0f32;
        let mut na = 0f32;
        for &(id, c) in a {
            let w = c * self.idf[id as usize];
            dot += w * self.centroid[id as usize];
            na += w * w;
        }
        if dot == 0.0 {
            0.0
        } else {
            dot / (na.sqrt() * self.centroid_norm)
        }
    }

    /// Number of shared terms (by type).
    pub fn overlap(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
        let mut n = 0f32;
        for_shared(a, b, |_, _, _| n += 1.0);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::is_heading;

    /// `is_heading` of the line of `text` that starts with `line`.
    fn heading(text: &str, line: &str) -> bool {
        let start = text.find(line).unwrap();
        let end = start + line.trim_end().len();
        is_heading(text, start, end, line.split_whitespace().count())
    }

    #[test]
    fn unpunctuated_lines_of_their_own_are_headings() {
        let text = "الحكومة تفتتح مستشفى جديدا في الزرقاء\nآخر تحديث: 12 مايو 2024 - 10:30\n\
                    عمان - بترا  \nأعلنت الوزارة افتتاح المستشفى.\n\u{200f}بقلم محمد علي\n";
        for line in [
            "الحكومة تفتتح مستشفى جديدا في الزرقاء",
            "آخر تحديث: 12 مايو 2024 - 10:30",
            "عمان - بترا",
            "بقلم محمد علي",
        ] {
            assert!(heading(text, line), "{line}");
        }
        assert!(!heading(text, "أعلنت الوزارة افتتاح المستشفى."));
    }

    #[test]
    fn sentences_are_not_headings() {
        // Punctuated at its end (a full stop, a question, a colon before a quote, a closing
        // quote or bracket).
        for line in [
            "هل تنجح الخطة؟",
            "وقال الوزير:",
            "وقال: \"سنبدأ غدا\"",
            "انتهى الاجتماع (بحسب الوكالة)",
            "انتهى الاجتماع…",
        ] {
            let text = format!("{line}\nثم عاد الوفد إلى بلاده.");
            assert!(!heading(&text, line), "{line}");
        }
        // Not alone on its line.
        let text = "بدأ الاجتماع صباحا. وانتهى مساء\nثم عاد الوفد.";
        assert!(!heading(text, "وانتهى مساء"));
        // Longer than a title: a sentence whose full stop was left out.
        let long =
            "أعلنت الحكومة اليوم أنها ستفتتح ثلاثة مستشفيات جديدة في الشمال والجنوب خلال العام";
        let text = format!("{long}\nثم عاد الوفد.");
        assert!(!heading(&text, long));
    }
}
