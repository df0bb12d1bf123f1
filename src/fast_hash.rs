//! A fast, non-cryptographic hasher for the crate's internal lookup tables.
//!
//! A lookup gives the same answer whatever the hasher; what SipHash (the
//! standard library's default) adds is resistance to collision flooding, at
//! several times the cost, and the per-block lookups showed in the profile.
//! Tables built from the crate's own data (phrase lists, stoplists) use this
//! hasher freely: a page only looks keys up in them. A table that a page
//! fills (the walker's class-name cache) is capped in size, so a page built
//! to collide costs bounded time. The mixing step is the one rustc's
//! `FxHasher` uses (a rotate, an xor and a multiply by a 64-bit constant per
//! word).

use std::hash::{BuildHasherDefault, Hasher};

/// Multiplier of the Fx mixing step (from rustc's `FxHasher`).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Word-at-a-time multiplicative hasher.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// `HashSet` with [`FastHasher`].
pub(crate) type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_was_put_in() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, w) in ["a", "share this", "abcdefghijklmnop", ""].iter().enumerate() {
            m.insert((*w).to_string(), i);
        }
        assert_eq!(m.get("share this"), Some(&1));
        assert_eq!(m.get("abcdefghijklmnop"), Some(&2));
        assert_eq!(m.get(""), Some(&3));
        assert_eq!(m.get("share thi"), None);
    }
}
