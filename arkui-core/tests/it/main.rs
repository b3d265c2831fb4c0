//! Every integration test of this crate in one binary (linking one test binary per
//! file cost CI minutes); each file stays where it was and is a module here.

#[path = "../dispose.rs"]
mod dispose;
#[path = "../foreach.rs"]
mod foreach;
#[path = "../hostile.rs"]
mod hostile;
#[path = "../layout_attrs.rs"]
mod layout_attrs;
#[path = "../layout_conformance.rs"]
mod layout_conformance;
#[path = "../misuse.rs"]
mod misuse;
#[path = "../persistent.rs"]
mod persistent;
#[path = "../persistent_crash.rs"]
mod persistent_crash;
#[path = "../reactive.rs"]
mod reactive;
#[path = "../watch.rs"]
mod watch;
