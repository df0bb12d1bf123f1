//! A fast, non-cryptographic hasher for the crate's internal lookup tables:
//! rustc's Fx hasher, from the `rustc-hash` crate (already a dependency of
//! the HTML parser).
//!
//! A lookup gives the same answer whatever the hasher; what SipHash (the
//! standard library's default) adds is resistance to collision flooding, at
//! several times the cost, and the per-block lookups showed in the profile.
//! Tables built from the crate's own data (phrase lists, stoplists) use this
//! hasher freely: a page only looks keys up in them. A table that a page
//! fills (the walker's class-name cache) is capped in size, so a page built
//! to collide costs bounded time.

/// The hasher, for hashing a block's text directly.
pub(crate) type FastHasher = rustc_hash::FxHasher;

/// A hash map with [`FastHasher`].
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A hash set with [`FastHasher`].
pub(crate) type FastSet<K> = rustc_hash::FxHashSet<K>;
