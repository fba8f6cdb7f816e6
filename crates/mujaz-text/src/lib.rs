//! # mujaz-text
//!
//! The Arabic text pipeline under mujaz: offset-preserving [normalization](normalize),
//! [tokenization](tokenize()), [sentence splitting](sentences()), [stop words](stopwords) and
//! [stemming](stem). Every stage reports byte offsets into the ORIGINAL text, so later stages
//! can always hand back the exact original words and sentences.
//!
//! The [`Analyzer`] runs the whole chain once per document:
//!
//! ```
//! use mujaz_text::Analyzer;
//!
//! let text = "قالَ الوزيرُ إنّ المساعداتِ وصلت. وأضاف أنها كافية.";
//! let analyzer = Analyzer::default();
//! let doc = analyzer.analyze(text);
//! assert_eq!(doc.sentences().len(), 2);
//! let words: Vec<&str> = doc.tokens().iter().map(|t| doc.norm(t)).collect();
//! assert_eq!(words[..4], ["قال", "الوزير", "ان", "المساعدات"]);
//! // Every token knows where it came from.
//! assert_eq!(&text[doc.tokens()[2].start..doc.tokens()[2].end], "إنّ");
//! ```

#![warn(missing_docs)]

pub mod chars;
pub mod html;
pub mod normalize;
pub mod samples;
pub mod sentences;
pub mod stem;
pub mod stopwords;
pub mod tokenize;

use std::borrow::Cow;
use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use normalize::{Alignment, Normalized, Normalizer, NormalizerBuilder, NormalizerConfig};
pub use sentences::{sentences, Sentence, Sentences};
pub use stem::{LightStemmer, RootStemmer, SnowballStemmer, Stemmer, StemmerKind};
pub use stopwords::is_stop_word;
pub use tokenize::{tokenize, Token, TokenKind, Tokens};

/// Configuration of the analysis chain (serde-tagged so it can live in a config file).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AnalyzerConfig {
    /// Normalization steps.
    pub normalizer: NormalizerConfig,
    /// Which stemmer [`Analysis::stem`] uses.
    pub stemmer: StemmerKind,
}

/// Runs normalization, tokenization and sentence splitting over a document.
pub struct Analyzer {
    normalizer: Normalizer,
    stemmer: Box<dyn Stemmer>,
    config: AnalyzerConfig,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new(AnalyzerConfig::default())
    }
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("config", &self.config)
            .finish()
    }
}

/// One token of an analyzed document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnalyzedToken {
    /// Byte span in the original text.
    pub start: usize,
    /// End of the byte span in the original text.
    pub end: usize,
    /// Byte span in the normalized text.
    pub norm_start: u32,
    /// End of the byte span in the normalized text.
    pub norm_end: u32,
    /// Token kind.
    pub kind: TokenKind,
    /// The sentence it belongs to.
    pub sentence: u32,
}

/// One sentence of an analyzed document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnalyzedSentence {
    /// Byte span in the original text.
    pub start: usize,
    /// End of the byte span in the original text.
    pub end: usize,
    /// Its tokens, as a range into [`Analysis::tokens`].
    pub tokens: Range<usize>,
}

/// The result of [`Analyzer::analyze`].
#[derive(Debug)]
pub struct Analysis<'a> {
    text: &'a str,
    normalized: Normalized<'a>,
    tokens: Vec<AnalyzedToken>,
    sentences: Vec<AnalyzedSentence>,
    stemmer: &'a dyn Stemmer,
}

impl Analyzer {
    /// Build an analyzer.
    pub fn new(config: AnalyzerConfig) -> Self {
        Analyzer {
            normalizer: Normalizer::new(config.normalizer.clone()),
            stemmer: config.stemmer.build(),
            config,
        }
    }

    /// The configuration.
    pub fn config(&self) -> &AnalyzerConfig {
        &self.config
    }

    /// The normalizer.
    pub fn normalizer(&self) -> &Normalizer {
        &self.normalizer
    }

    /// The stemmer.
    pub fn stemmer(&self) -> &dyn Stemmer {
        &*self.stemmer
    }

    /// Analyze a document.
    pub fn analyze<'a>(&'a self, text: &'a str) -> Analysis<'a> {
        // News sentences run 100-200 bytes: one allocation for most articles.
        let mut out_sents: Vec<AnalyzedSentence> = Vec::with_capacity(text.len() / 96 + 1);
        out_sents.extend(sentences(text).map(|s| AnalyzedSentence {
            start: s.start,
            end: s.end,
            tokens: 0..0,
        }));
        self.analyze_sentences(text, text.len(), out_sents)
    }

    /// Analyze only the lead of a document: its sentences up to and including the one in
    /// which the running count of words (runs of characters between white space) reaches
    /// `max_words`. Nothing after that sentence is normalized or tokenized, so the cost
    /// follows the lead, not the article; offsets still index the whole `text`, and the
    /// sentences are exactly the first ones [`Analyzer::analyze`] finds.
    ///
    /// ```
    /// use mujaz_text::Analyzer;
    ///
    /// let text = "قال الوزير إن النمو قوي. وأضاف أن التضخم تراجع. ثم غادر القاعة.";
    /// let a = Analyzer::default();
    /// let lead = a.analyze_lead(text, 6);
    /// assert_eq!(lead.sentences().len(), 2);
    /// assert_eq!(lead.sentence_text(&lead.sentences()[1]), "وأضاف أن التضخم تراجع.");
    /// assert_eq!(a.analyze_lead(text, 1000).sentences(), a.analyze(text).sentences());
    /// ```
    pub fn analyze_lead<'a>(&'a self, text: &'a str, max_words: usize) -> Analysis<'a> {
        let mut out_sents: Vec<AnalyzedSentence> = Vec::with_capacity(16);
        let mut words = 0usize;
        for s in sentences(text) {
            if words >= max_words {
                break;
            }
            words += count_words(s.text);
            out_sents.push(AnalyzedSentence {
                start: s.start,
                end: s.end,
                tokens: 0..0,
            });
        }
        let end = out_sents.last().map_or(0, |s| s.end);
        self.analyze_sentences(text, end, out_sents)
    }

    /// Normalize and tokenize `text[..end]`, the span of `out_sents`, and assign the tokens
    /// to the sentences.
    fn analyze_sentences<'a>(
        &'a self,
        text: &'a str,
        end: usize,
        mut out_sents: Vec<AnalyzedSentence>,
    ) -> Analysis<'a> {
        let normalized = self.normalizer.normalize(&text[..end]);
        let mut tokens = Vec::with_capacity(end / 6);
        let mut si = 0usize;
        let (mut starts, mut ends) = (
            normalized.alignment().cursor(),
            normalized.alignment().cursor(),
        );
        let norm = normalized.as_str();
        for t in tokenize(norm) {
            let mut span = normalized.original_span_with(&mut starts, &mut ends, t.start..t.end);
            let mut norm_start = t.start;
            loop {
                // Sentences cover every byte but white space and invisible controls, which
                // no token starts with, so each token starts inside one.
                // An empty span is the tail of a character that normalization expanded (`ﷻ`
                // → `جل جلاله`): it stays with that character's sentence, even at its end.
                while si + 1 < out_sents.len()
                    && (span.start > out_sents[si].end
                        || span.start == out_sents[si].end && !span.is_empty())
                {
                    si += 1;
                }
                let sentence_end = out_sents.get(si).map_or(usize::MAX, |s| s.end);
                let split = (t.kind == TokenKind::Punct && span.end > sentence_end)
                    .then(|| next_sentence_in_run(&normalized, norm_start..t.end, sentence_end))
                    .flatten();
                let norm_end = split.unwrap_or(t.end);
                // A deleted character after a token (a mark, an invisible control) is mapped
                // to the token; the splitter may have put it in the next sentence, and a
                // token never reaches past its own.
                tokens.push(AnalyzedToken {
                    start: span.start,
                    end: span.end.min(sentence_end).max(span.start),
                    norm_start: norm_start as u32,
                    norm_end: norm_end as u32,
                    kind: t.kind,
                    sentence: si as u32,
                });
                match split {
                    Some(p) => {
                        span.start = normalized.original_span(p..t.end).start;
                        norm_start = p;
                    }
                    None => break,
                }
            }
        }
        let mut ti = 0;
        for (i, s) in out_sents.iter_mut().enumerate() {
            let begin = ti;
            while ti < tokens.len() && tokens[ti].sentence as usize == i {
                ti += 1;
            }
            s.tokens = begin..ti;
        }
        Analysis {
            text,
            normalized,
            tokens,
            sentences: out_sents,
            stemmer: &*self.stemmer,
        }
    }
}

impl<'a> Analysis<'a> {
    /// The original text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The normalized text.
    pub fn normalized(&self) -> &str {
        self.normalized.as_str()
    }

    /// All tokens in order.
    pub fn tokens(&self) -> &[AnalyzedToken] {
        &self.tokens
    }

    /// All sentences in order.
    pub fn sentences(&self) -> &[AnalyzedSentence] {
        &self.sentences
    }

    /// The original text of a sentence.
    pub fn sentence_text(&self, s: &AnalyzedSentence) -> &'a str {
        &self.text[s.start..s.end]
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, s: &AnalyzedSentence) -> &[AnalyzedToken] {
        &self.tokens[s.tokens.clone()]
    }

    /// The normalized form of a token.
    pub fn norm(&self, t: &AnalyzedToken) -> &str {
        &self.normalized.as_str()[t.norm_start as usize..t.norm_end as usize]
    }

    /// The original form of a token.
    pub fn original(&self, t: &AnalyzedToken) -> &'a str {
        &self.text[t.start..t.end]
    }

    /// The stem of a token (its normalized form, stemmed by the analyzer's stemmer).
    pub fn stem(&self, t: &AnalyzedToken) -> Cow<'_, str> {
        let n = self.norm(t);
        if t.kind == TokenKind::Arabic {
            self.stemmer.stem(n)
        } else {
            Cow::Borrowed(n)
        }
    }

    /// True when the token is a stop word.
    pub fn is_stop(&self, t: &AnalyzedToken) -> bool {
        t.kind == TokenKind::Arabic && stopwords::is_stop_word(self.norm(t))
    }
}

/// Where in the punctuation run `run` (normalized offsets) the next sentence begins, the
/// sentence before it ending at original offset `sentence_end`: normalized, marks of two
/// sentences can make one run (`."«` → `.""`), and the run is split there so that no token
/// spans two sentences.
fn next_sentence_in_run(
    normalized: &Normalized<'_>,
    run: Range<usize>,
    sentence_end: usize,
) -> Option<usize> {
    normalized.as_str()[run.clone()]
        .char_indices()
        .skip(1)
        .map(|(i, c)| (run.start + i, c.len_utf8()))
        .find(|&(p, len)| normalized.original_span(p..p + len).start >= sentence_end)
        .map(|(p, _)| p)
}

/// Number of runs of non-white-space bytes (ASCII white space separates Arabic news words).
fn count_words(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        let space = matches!(b, b' ' | b'\n' | b'\t' | b'\r');
        n += (!space && !in_word) as usize;
        in_word = !space;
    }
    n
}

/// True when `text` contains at least one Arabic letter.
pub fn has_arabic(text: &str) -> bool {
    text.chars().any(chars::is_arabic_letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_assigns_tokens_to_sentences() {
        let text = "أولاً: ذهبَ الوفد. ثانياً، عاد!\nثالثاً";
        let a = Analyzer::default();
        let doc = a.analyze(text);
        assert_eq!(doc.sentences().len(), 3);
        let per: Vec<Vec<&str>> = doc
            .sentences()
            .iter()
            .map(|s| doc.sentence_tokens(s).iter().map(|t| doc.norm(t)).collect())
            .collect();
        assert_eq!(
            per,
            vec![
                vec!["اولا", ":", "ذهب", "الوفد", "."],
                vec!["ثانيا", ",", "عاد", "!"],
                vec!["ثالثا"]
            ]
        );
        for t in doc.tokens() {
            let s = &doc.sentences()[t.sentence as usize];
            assert!(t.start >= s.start && t.end <= s.end);
        }
    }

    #[test]
    fn tokens_stay_inside_their_sentence() {
        // Found by fuzzing: a bidi control deleted by normalization after `)` belongs to the
        // next sentence, not to the token.
        let text = "\u{202D}\rم\u{2061}l!)\u{202D}\rمml!)\u{202D}\rمm w.l";
        let a = Analyzer::default();
        let doc = a.analyze(text);
        assert!(!doc.tokens().is_empty());
        for t in doc.tokens() {
            let s = &doc.sentences()[t.sentence as usize];
            assert!(s.start <= t.start && t.end <= s.end, "{t:?} outside {s:?}");
        }
        // Marks deleted inside a sentence still go with their word.
        let doc = a.analyze("قالَ الوزيرُ.");
        assert_eq!(doc.original(&doc.tokens()[1]), "الوزيرُ");
        // Found by fuzzing: `ﷻ` ending a line normalizes to two words, the second with an
        // empty original span at the line's end; it stays in that line's sentence.
        let text = "ق\u{b}عقالﷻ\u{b}عقا ai bb";
        let doc = a.analyze(text);
        assert_eq!(doc.sentences().len(), 3);
        for t in doc.tokens() {
            let s = &doc.sentences()[t.sentence as usize];
            assert!(s.start <= t.start && t.end <= s.end, "{t:?} outside {s:?}");
        }
        let second = doc.sentence_tokens(&doc.sentences()[1]);
        assert_eq!(second.len(), 2);
        assert_eq!(doc.norm(&second[1]), "جلاله");
        assert_eq!(
            doc.original(&doc.sentence_tokens(&doc.sentences()[2])[0]),
            "عقا"
        );
    }

    #[test]
    fn a_run_of_marks_across_sentences_is_split() {
        // Found by fuzzing: normalized, `"«` is one run `""`, but the sentence ends after
        // the first mark; the second opens the next sentence.
        let text = "انتهى الاجتماع.\"«بداية» جديدة للحوار.";
        let a = Analyzer::default();
        let doc = a.analyze(text);
        let [first, second] = doc.sentences() else {
            panic!("{:?}", doc.sentences());
        };
        let last = doc.sentence_tokens(first).last().unwrap();
        assert_eq!((doc.original(last), doc.norm(last)), ("\"", "\""));
        let open = &doc.sentence_tokens(second)[0];
        assert_eq!((doc.original(open), doc.norm(open)), ("«", "\""));
        // Reading only the first sentence gives the same tokens.
        let lead = a.analyze_lead(text, 1);
        assert_eq!(lead.tokens(), doc.sentence_tokens(first));
    }

    #[test]
    fn stems_and_stops() {
        let a = Analyzer::default();
        let doc = a.analyze("وفي المساعدات");
        let t = doc.tokens();
        assert!(doc.is_stop(&t[0]));
        assert!(!doc.is_stop(&t[1]));
        assert_eq!(doc.stem(&t[1]), "مساعد");
    }

    #[test]
    fn empty_document() {
        let a = Analyzer::default();
        let doc = a.analyze("");
        assert!(doc.sentences().is_empty());
        assert!(doc.tokens().is_empty());
        assert!(!has_arabic("hello 123"));
        assert!(has_arabic("hello سلام"));
    }
}
