//! ArkUI's AlphabetIndexer `autoCollapse`: when the letters do not fit the height the bar
//! may take, some are folded into dots. Letters stay spread evenly along the bar (the first
//! and the last always show), and a dot between two shown letters stands for those hidden
//! between them; touching a dot picks among them by where along it the finger is.

/// One cell of the bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Item {
    /// The letter at this index.
    Letter(usize),
    /// A dot for the hidden letters `from..to`.
    Dot(usize, usize),
}

impl Item {
    /// Whether this cell shows (or stands for) letter `i`.
    pub(crate) fn holds(self, i: usize) -> bool {
        match self {
            Item::Letter(l) => l == i,
            Item::Dot(from, to) => (from..to).contains(&i),
        }
    }

    /// The letter a touch `frac` (0..1) of the way down this cell picks.
    pub(crate) fn pick(self, frac: f32) -> usize {
        match self {
            Item::Letter(l) => l,
            Item::Dot(from, to) => {
                let k = (frac.clamp(0.0, 0.999) * (to - from) as f32) as usize;
                from + k.min(to - from - 1)
            }
        }
    }
}

/// The cells for `n` letters with room for `capacity` cells: every letter when they fit;
/// else as many letters as fit with a dot between each two (`(capacity + 1) / 2` of them),
/// spread evenly from the first to the last. 26 letters in room for 9 cells show
/// A • G • N • T • Z. With room for fewer than three cells, the first letter and one dot
/// for the rest (or a lone dot).
pub(crate) fn collapse(n: usize, capacity: usize) -> Vec<Item> {
    if n <= capacity {
        return (0..n).map(Item::Letter).collect();
    }
    match capacity {
        0 | 1 => return vec![Item::Dot(0, n)],
        2 => return vec![Item::Letter(0), Item::Dot(1, n)],
        _ => {}
    }
    let shown = capacity.div_ceil(2);
    let pick = |j: usize| ((j * (n - 1)) as f32 / (shown - 1) as f32).round() as usize;
    let mut items = Vec::with_capacity(2 * shown - 1);
    for j in 0..shown {
        let at = pick(j);
        if j > 0 {
            let before = pick(j - 1);
            if at > before + 1 {
                items.push(Item::Dot(before + 1, at));
            }
        }
        items.push(Item::Letter(at));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::Item::{Dot, Letter};
    use super::collapse;

    #[test]
    fn letters_that_fit_are_all_shown() {
        assert_eq!(
            collapse(4, 4),
            vec![Letter(0), Letter(1), Letter(2), Letter(3)]
        );
        assert_eq!(collapse(5, 1), vec![Dot(0, 5)]);
    }

    #[test]
    fn too_many_letters_fold_into_dots_between_evenly_spread_ones() {
        let items = collapse(26, 9);
        assert_eq!(
            items,
            vec![
                Letter(0),
                Dot(1, 6),
                Letter(6),
                Dot(7, 13),
                Letter(13),
                Dot(14, 19),
                Letter(19),
                Dot(20, 25),
                Letter(25),
            ]
        );
        // An even capacity leaves one cell unused rather than end on a dot.
        assert_eq!(collapse(26, 10).len(), 9);
        // Every letter is held by exactly one cell.
        for n in 3..40 {
            for cap in 0..n {
                let items = collapse(n, cap);
                assert!(items.len() <= cap.max(1), "{n} in {cap}: {items:?}");
                for i in 0..n {
                    assert_eq!(
                        items.iter().filter(|c| c.holds(i)).count(),
                        1,
                        "{n} {cap} {i}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_dot_picks_its_letters_along_its_height() {
        assert_eq!(Dot(1, 6).pick(0.0), 1);
        assert_eq!(Dot(1, 6).pick(0.5), 3);
        assert_eq!(Dot(1, 6).pick(1.0), 5);
        assert_eq!(Letter(4).pick(0.7), 4);
    }
}
