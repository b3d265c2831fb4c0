//! Every integration test of this crate in one binary (linking one test binary per
//! file cost CI minutes); each file stays where it was and is a module here.
#![expect(
    clippy::duplicate_mod,
    reason = "each file keeps the helper modules it declared as its own binary"
)]

#[path = "../damage.rs"]
mod damage;
#[path = "../lines.rs"]
mod lines;
#[path = "../oracle.rs"]
mod oracle;
#[path = "../random_lists.rs"]
mod random_lists;
#[path = "../targets.rs"]
mod targets;
#[path = "../text.rs"]
mod text;
