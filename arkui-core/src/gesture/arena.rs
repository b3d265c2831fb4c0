//! The arena: every gesture on the hit chain of a pointer sequence competes; the first to
//! recognise (in precedence order) takes the pointers, parallel gestures run alongside.

use super::recognizer::{Fire, Input, Recognizer, Verdict};
use super::types::Gesture;

struct Entry {
    rec: Recognizer,
    parallel: bool,
}

/// The gestures competing for one pointer sequence (first finger down to last finger up).
pub(crate) struct Arena {
    entries: Vec<Entry>,
    winner: Option<usize>,
    pointers: Vec<u64>,
}

impl Arena {
    /// `gestures` in precedence order, each flagged parallel or not.
    pub(crate) fn new(gestures: Vec<(Gesture, bool)>) -> Arena {
        Arena {
            entries: gestures
                .into_iter()
                .map(|(g, parallel)| Entry {
                    rec: Recognizer::new(g),
                    parallel,
                })
                .collect(),
            winner: None,
            pointers: Vec::new(),
        }
    }

    /// Feed one input; returns the callbacks to run (the winner's and parallel ones').
    pub(crate) fn feed(&mut self, input: Input, now: f64) -> Vec<Fire> {
        match input {
            Input::Down { id, .. } if !self.pointers.contains(&id) => self.pointers.push(id),
            Input::Up { id, .. } => self.pointers.retain(|p| *p != id),
            _ => {}
        }
        let mut fired = Vec::new();
        let mut accepted = None;
        for (i, e) in self.entries.iter_mut().enumerate() {
            let is_winner = self.winner == Some(i);
            if self.winner.is_some() && !is_winner && !e.parallel {
                continue;
            }
            let mut out = Vec::new();
            let verdict = e.rec.feed(input, now, &mut out);
            let keep = e.parallel
                || is_winner
                || (self.winner.is_none() && accepted.is_none() && verdict == Verdict::Accept);
            if keep {
                if !e.parallel && !is_winner && verdict == Verdict::Accept {
                    accepted = Some(i);
                }
                fired.extend(out);
            }
        }
        if let Some(w) = accepted {
            self.winner = Some(w);
            // The winner takes the pointers: every other non-parallel gesture stops.
            for (i, e) in self.entries.iter_mut().enumerate() {
                if i != w && !e.parallel {
                    e.rec.cancel(&mut fired);
                }
            }
        }
        fired
    }

    /// The system took the pointers: cancel everything.
    pub(crate) fn cancel(&mut self) -> Vec<Fire> {
        let mut fired = Vec::new();
        for e in &mut self.entries {
            e.rec.cancel(&mut fired);
        }
        self.pointers.clear();
        fired
    }

    /// Whether any pointer is down.
    pub(crate) fn has_pointers(&self) -> bool {
        !self.pointers.is_empty()
    }

    /// Whether some gesture still waits for time to pass (long press, multi-tap gap).
    pub(crate) fn is_alive(&self) -> bool {
        self.entries.iter().any(|e| e.rec.is_alive())
    }
}
