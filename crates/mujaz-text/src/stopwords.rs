//! A curated list of Arabic stop words (function words of news Arabic), with clitic-aware
//! lookup: `وفي`, `فإن`, `منها`, `ولكنهم` are found through `في`, `إن`, `من`, `لكن`.
//!
//! ```
//! use mujaz_text::is_stop_word;
//! assert!(is_stop_word("في"));
//! assert!(is_stop_word("وفي"));
//! assert!(is_stop_word("عليها"));
//! assert!(is_stop_word("إلى"));   // any spelling of alef and yeh
//! assert!(!is_stop_word("الحكومة"));
//! ```

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// The list, written in folded form (see [`fold_into`]): bare alef, yeh for alef maqsura,
/// heh for teh marbuta, no diacritics.
const WORDS: &str = "
من الي الا عن علي في مع منذ مذ حتي لدي لدن عند بين بعد قبل خلال حول دون ضد نحو تحت فوق امام خلف وراء
عبر لدي اثناء ازاء حيال رغم بسبب وسط جانب ضمن تجاه قرب لاجل اجل حسب وفق وفقا طبقا نتيجه اثر
و ف ثم او ام بل لكن لكنه لكنها لكنهم ولكن لاكن حيث اذ اذا اذن ان انه انها انهم انما كان كانت كانوا
يكون تكون يكونوا كنت كنا ليس ليست ليسوا لست صار صارت اصبح اصبحت اضحي ظل ظلت بات مازال ما زال لازال
لا لم لن ما ماذا متي اين كيف كم هل ايه اي ايها قد لقد سوف
هو هي هم هما هن انا نحن انت انتم انتما انتن اياه اياها اياهم ايانا اياك
هذا هذه هذان هاتان هولاء ذلك تلك ذاك اوليك اولاءك هنا هناك هنالك ثمه
الذي التي الذين اللذين اللذان اللتين اللتان اللاتي اللواتي اللايي
كل بعض غير سوي مثل كما فيما كذلك ايضا فقط جدا حين حينما بينما كلما عندما لما لو لولا اما الا ان كي لكي
لان كيفما مهما اينما حيثما كانما وان انما شيء اخر اخري احد احدي نفس ذات عده عدد معظم اغلب جميع كافه
عليه عليها عليهم لها له لهم لهن به بها بهم منه منها منهم فيه فيها فيهم عنه عنها عنهم اليه اليها اليهم
يمكن تم تمت يتم سيتم وقد حاليا الان اليوم امس غدا
قال قالت يقول تقول اضاف اضافت وفقا اكد اكدت اشار اشارت اوضح اوضحت ذكر ذكرت
عام سنه
";

/// Proclitics tried before a lookup (conjunctions, then prepositions).
const CONJUNCTIONS: [&str; 2] = ["و", "ف"];
const PREPOSITIONS: [&str; 3] = ["ب", "ل", "ك"];
/// Attached pronouns tried after a lookup.
const PRONOUNS: [&str; 12] = [
    "هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي",
];

/// Every accepted form (base word with its possible clitics), in folded form: what
/// [`expanded_keys`] builds, spelled out for the tests.
#[cfg(test)]
fn expanded_forms() -> Vec<String> {
    let mut bases: Vec<String> = Vec::new();
    for w in WORDS.split_whitespace() {
        bases.push(w.to_string());
        if w.chars().count() >= 2 {
            for p in PRONOUNS {
                bases.push(format!("{w}{p}"));
            }
        }
    }
    let mut out = Vec::new();
    for b in &bases {
        out.push(b.clone());
        if b.chars().count() < 2 {
            continue;
        }
        for c in CONJUNCTIONS {
            out.push(format!("{c}{b}"));
        }
        for p in PREPOSITIONS {
            out.push(format!("{p}{b}"));
            for c in CONJUNCTIONS {
                out.push(format!("{c}{p}{b}"));
            }
        }
    }
    out
}

/// Every accepted form as a [`letter_key`], so a lookup is one integer probe into a table
/// whose entries sit inline (a set of strings costs two cache misses per probe, and this
/// runs once per distinct word of every article).
static EXPANDED: LazyLock<FxHashSet<u128>> = LazyLock::new(expanded_keys);

/// The keys of every accepted form (each base word with its possible clitics, as the tests
/// spell them out), joined from the keys of their parts: a key is the
/// word's letters 6 bits each, so a clitic's key shifted past the word's letters and or-ed
/// with it is the key of both written together. Building the 35,400 forms as strings first
/// took 53 M instructions at the first lookup, 94 % of a one-article `mujaz summarize`.
fn expanded_keys() -> FxHashSet<u128> {
    // (key, letters); the list holds folded Arabic letters only.
    let part = |w: &str| {
        let key = letter_key(w).expect("stop words are short Arabic words");
        (key, w.chars().count() as u32)
    };
    let join = |(a, n): (u128, u32), (b, m): (u128, u32)| {
        debug_assert!(n + m <= MAX_KEY_LETTERS);
        ((a << (6 * m)) | b, n + m)
    };
    let conjunctions = CONJUNCTIONS.map(part);
    let prepositions = PREPOSITIONS.map(part);
    let pronouns = PRONOUNS.map(part);
    let mut keys = FxHashSet::with_capacity_and_hasher(40_000, Default::default());
    let mut with_proclitics = |b: (u128, u32)| {
        keys.insert(b.0);
        if b.1 < 2 {
            return;
        }
        for c in conjunctions {
            keys.insert(join(c, b).0);
        }
        for p in prepositions {
            let pb = join(p, b);
            keys.insert(pb.0);
            for c in conjunctions {
                keys.insert(join(c, pb).0);
            }
        }
    };
    for w in WORDS.split_whitespace() {
        let base = part(w);
        with_proclitics(base);
        if base.1 >= 2 {
            for p in pronouns {
                with_proclitics(join(base, p));
            }
        }
    }
    keys
}

/// Longest word (in letters) a key can hold: 6 bits per letter in 128 bits.
const MAX_KEY_LETTERS: u32 = 21;
/// [`LETTER_CODES`] marker: drop this character (diacritic, tatweel).
const SKIP: u8 = 0xFF;

/// Folded letter code of U+0600 + i (the code points whose UTF-8 starts with 0xD8 or 0xD9):
/// 1..=42 for the folded letters U+0621..=U+064A, [`SKIP`] for what folding drops, 0 for
/// everything else (never part of a stop word).
const LETTER_CODES: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let cp = 0x600 + i as u32;
        let folded = match cp {
            0x0623 | 0x0625 | 0x0622 | 0x0671 => 0x0627,
            0x0649 | 0x0626 => 0x064A,
            0x0629 => 0x0647,
            0x0624 => 0x0648,
            c => c,
        };
        t[i] = match folded {
            // tatweel and the diacritics of `is_diacritic` in this block
            0x0640 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 => SKIP,
            0x0621..=0x063A | 0x0641..=0x064A => (folded - 0x0620) as u8,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// The folded letters of an Arabic word packed 6 bits each (`None` when the word holds
/// anything but Arabic letters, diacritics and tatweel, or is too long to be a stop word).
/// Equal keys mean equal [`fold_into`] results.
fn letter_key(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    let mut key = 0u128;
    let mut letters = 0;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x == 0xD8 || x == 0xD9 {
            // A valid UTF-8 lead byte of a two-byte sequence: its continuation follows.
            let y = *b.get(i + 1)?;
            i += 2;
            let c = LETTER_CODES[(((x & 1) as usize) << 6) | (y & 0x3F) as usize];
            if c == SKIP {
                continue;
            }
            if c == 0 || letters == MAX_KEY_LETTERS {
                return None;
            }
            letters += 1;
            key = (key << 6) | c as u128;
        } else if x < 0x80 {
            return None;
        } else {
            // Other scripts, and the Quranic marks outside U+0600..U+067F.
            let c = word[i..].chars().next()?;
            i += c.len_utf8();
            if !crate::normalize::is_diacritic(c) {
                return None;
            }
        }
    }
    (letters > 0).then_some(key)
}

/// Every stop word, in folded form.
pub fn stop_words() -> impl Iterator<Item = &'static str> {
    WORDS.split_whitespace()
}

/// Fold a word for stop-word lookup: drop diacritics and tatweel, unify alef forms, `ى`→`ي`,
/// `ة`→`ه`, `ؤ`→`و`, `ئ`→`ي`. Appends to `out`.
pub fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ئ' => out.push('ي'),
            'ة' => out.push('ه'),
            'ؤ' => out.push('و'),
            'ـ' => {}
            c if crate::normalize::is_diacritic(c) => {}
            c => out.push(c),
        }
    }
}

/// True when `word` (in any spelling) is a stop word, possibly with a conjunction or
/// preposition attached before it and a pronoun after it.
pub fn is_stop_word(word: &str) -> bool {
    letter_key(word).is_some_and(|k| EXPANDED.contains(&k))
}

/// Like [`is_stop_word`], kept for words already folded with [`fold_into`] (or normalized
/// with the default [`crate::Normalizer`]); folding twice changes nothing.
pub fn is_folded_stop_word(w: &str) -> bool {
    is_stop_word(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_spelled() {
        for w in [
            "في",
            "من",
            "إلى",
            "على",
            "الذي",
            "هذه",
            "أيضاً",
            "لكنّ",
            "حتى",
        ] {
            assert!(is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn clitics() {
        for w in [
            "وفي",
            "فإن",
            "ومن",
            "منها",
            "عليهم",
            "ولكنهم",
            "بها",
            "وبين",
            "فيما",
            "لهذا",
        ] {
            assert!(is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn content_words_are_not_stop_words() {
        for w in [
            "الحكومة",
            "وزير",
            "سوريا",
            "المساعدات",
            "بيروت",
            "كتاب",
            "لبنان",
            "والرئيس",
            "",
        ] {
            assert!(!is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn expansion_matches_rules() {
        // A conjunction, a preposition and a pronoun around a base word.
        assert!(is_folded_stop_word("وبها"));
        assert!(is_folded_stop_word("فلهم"));
        assert!(!is_folded_stop_word("وو"));
    }

    #[test]
    fn keys_are_the_spelled_out_forms() {
        let spelled: FxHashSet<u128> = expanded_forms()
            .iter()
            .map(|w| letter_key(w).unwrap())
            .collect();
        assert!(spelled.len() > 30_000, "{}", spelled.len());
        assert_eq!(expanded_keys(), spelled);
    }

    #[test]
    fn matches_string_lookup_after_folding() {
        // The reference: fold to a string, look it up among the expanded forms.
        let forms: std::collections::HashSet<String> = expanded_forms().into_iter().collect();
        let reference = |w: &str| {
            let mut f = String::new();
            fold_into(w, &mut f);
            forms.contains(&f)
        };
        let mut words: Vec<String> = expanded_forms();
        // Spelling variants, diacritics, tatweel, Quranic marks, other scripts, lengths.
        for w in expanded_forms().iter().step_by(7) {
            words.push(w.replace('ا', "أ").replace('ي', "ى").replace('ه', "ة"));
            words.push(w.chars().flat_map(|c| [c, '\u{064E}']).collect());
            words.push(format!("{w}\u{0640}\u{06D6}"));
            words.push(format!("{w}x"));
            words.push(format!("{w}ب"));
            words.push(format!("\u{200C}{w}"));
        }
        for w in crate::samples::NEWS_ARTICLE.split_whitespace() {
            words.push(w.to_string());
        }
        words.push("ال".repeat(30));
        words.push(String::new());
        words.push("\u{064E}".into());
        for w in &words {
            assert_eq!(is_stop_word(w), reference(w), "{w:?}");
        }
    }

    #[test]
    fn list_is_folded() {
        let mut buf = String::new();
        for w in stop_words() {
            buf.clear();
            fold_into(w, &mut buf);
            assert_eq!(buf, w);
        }
    }
}
