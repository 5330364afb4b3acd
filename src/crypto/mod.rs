//! Cryptography on card data: JWE decryption keys and compact decryption ([`jwe`]).
//!
//! Invariant: knows neither HTTP nor the store handle. It works on key records and bytes;
//! every refusal is a typed error with a stable code, and no error message carries key
//! material or plaintext.

pub mod jwe;
pub mod seal;
