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

/// Every accepted form (base word with its possible clitics), so a lookup is one probe.
static EXPANDED: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    let mut bases: Vec<String> = Vec::new();
    for w in WORDS.split_whitespace() {
        bases.push(w.to_string());
        if w.chars().count() >= 2 {
            for p in PRONOUNS {
                bases.push(format!("{w}{p}"));
            }
        }
    }
    let mut out = FxHashSet::default();
    for b in &bases {
        out.insert(b.clone());
        if b.chars().count() < 2 {
            continue;
        }
        for c in CONJUNCTIONS {
            out.insert(format!("{c}{b}"));
        }
        for p in PREPOSITIONS {
            out.insert(format!("{p}{b}"));
            for c in CONJUNCTIONS {
                out.insert(format!("{c}{p}{b}"));
            }
        }
    }
    out
});

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
    if word.len() > 48 {
        return false;
    }
    // Already-folded input (the usual case after normalization) is probed as is.
    if !needs_fold(word.as_bytes()) {
        return EXPANDED.contains(word);
    }
    // Stop words are short: fold into a stack buffer, no allocation on the hot path.
    let mut buf = [0u8; 48];
    let mut len = 0;
    for c in word.chars() {
        let f = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            'ـ' => continue,
            c if crate::normalize::is_diacritic(c) => continue,
            c => c,
        };
        let n = f.len_utf8();
        if len + n > buf.len() {
            return false;
        }
        f.encode_utf8(&mut buf[len..]);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).is_ok_and(is_folded_stop_word)
}

/// True when `fold_into` would change these UTF-8 bytes.
fn needs_fold(b: &[u8]) -> bool {
    b.windows(2).any(|w| match w {
        [0xD8, c] => matches!(c, 0xA2..=0xA6 | 0xA9),
        [0xD9, c] => matches!(c, 0x80 | 0x89 | 0x8B..=0x9F | 0xB0 | 0xB1),
        _ => false,
    }) || b.iter().any(|&x| x >= 0xDA)
}

/// Like [`is_stop_word`] for a word already folded with [`fold_into`] (or normalized with
/// the default [`crate::Normalizer`], which differs only in keeping `ة`, `ؤ`, `ئ`).
pub fn is_folded_stop_word(w: &str) -> bool {
    EXPANDED.contains(w)
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
    fn list_is_folded() {
        let mut buf = String::new();
        for w in stop_words() {
            buf.clear();
            fold_into(w, &mut buf);
            assert_eq!(buf, w);
        }
    }
}
