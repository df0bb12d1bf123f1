//! Input adapters: text dumps and HTML pages into one [`Document`](crate::Document).
//!
//! Only this module knows the input format; every cleaner sees blocks.

mod attrs;
mod cards;
pub(crate) mod chrome_classes;
pub mod decode;
pub mod depth_guard;
pub mod html;
mod html_meta;
mod link_refs;
pub mod markdown;
mod markdown_inline;
pub mod noscript;
mod streamed;
mod tag_scan;
pub mod text;
mod title_repair;
pub mod unwrap;
