// generated from openapi/verification-notification.yaml — do not edit.
// poem-openapi server: types, responses, trait, service. `cargo build` regenerates it into OUT_DIR; the reviewable copy in generated/ is
// refreshed with `D1_BLESS=1 cargo test --test integration generated_code_is_fresh`.

/// `info.title` of `verification-notification.yaml`.
pub const TITLE: &str = "Verification card mapping notification";
/// `info.version` of the document.
pub const VERSION: &str = "1.0.0";
/// `info.description` of the document: the introduction a reader sees first.
pub const DESCRIPTION: Option<&str> = Some(
    "The notification a verification service (PaynetEasy DAPI) sends to the connecting party's own\nserver after a card was verified, so that the connecting party maps the verified card to one of\nits cards (source: seed 002, and PaynetEasy's public documentation; this is not a Thales API).\n\nThe connecting party answers with a `session.checkSignature`: the lowercase hexadecimal\nHMAC-SHA1 of the concatenation `session.nonce + endpointId + invoiceId`, keyed with the\nconnecting party's control key with its dashes removed, hex-decoded (the lowercase-hex output\nis assumed).\n\nNo security scheme is declared: authenticity comes from `session.accessToken` in the request\nand the HMAC-SHA1 `checkSignature` in the answer, not from an HTTP credential.\n\nWhich request fields are required is not stated by the source; all are required here (assumed).\n\n`session.accessToken` names a consumer session the connecting party issued for a consumer\nand a device (in d1-sandbox, through its admin API); a notification for an unknown or expired\nsession, or from another device than the session's, is refused (assumed). Each\n`session.token` is one verification transaction with one `invoiceId`: the same notification\nsent again is answered with the same `invoiceId` and a fresh nonce (assumed).\n",
);
/// `servers[0].url`: the path where the API is mounted.
pub const SERVER_URL: &str = "/";
/// `servers[0].description`.
pub const SERVER_DESCRIPTION: Option<&str> = Some(
    "d1-sandbox serves this API at the root, at the example path of the source.",
);
/// The tags' names in the order the document lists them (poem-openapi serves them
/// sorted; the served document is put back in this order).
pub const TAGS: &[&str] = &["Verification"];
/// The API's short name (the document's file stem).
pub const STEM: &str = "verification-notification";
/// Every operation as (HTTP method, document path), for `Allow` headers.
pub const OPERATIONS: &[(&str, &str)] = &[("POST", "/verification/notification")];
/// The objects with `additionalProperties: false` (poem-openapi cannot state it; the
/// served document is given it).
pub const CLOSED_SCHEMAS: &[&str] = &[];
/// What the document says about itself, for its service and served document.
pub const DOCUMENT: crate::runtime::DocumentInfo = crate::runtime::DocumentInfo {
    stem: STEM,
    title: TITLE,
    version: VERSION,
    description: DESCRIPTION,
    server_url: SERVER_URL,
    server_description: SERVER_DESCRIPTION,
    tags: TAGS,
    closed_schemas: CLOSED_SCHEMAS,
};
/// The document's schemas.
pub mod types {
    /// The verification card mapping notification.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationNotification {
        #[oai(rename = "consumer")]
        pub consumer: Consumer,
        #[oai(rename = "reference")]
        pub reference: CardReference,
        #[oai(rename = "session")]
        pub session: RequestSession,
        #[oai(rename = "sourceCard")]
        pub source_card: SourceCard,
    }
    impl crate::runtime::JsonKinds for VerificationNotification {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("consumer") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "consumer"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "consumer"));
                }
                Some(v) => {
                    <Consumer as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "consumer"),
                    )?;
                }
            }
            match object.get("reference") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "reference"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "reference"));
                }
                Some(v) => {
                    <CardReference as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "reference"),
                    )?;
                }
            }
            match object.get("session") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "session"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "session"));
                }
                Some(v) => {
                    <RequestSession as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "session"),
                    )?;
                }
            }
            match object.get("sourceCard") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "sourceCard"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "sourceCard"));
                }
                Some(v) => {
                    <SourceCard as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "sourceCard"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The consumer.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Consumer {
        #[oai(rename = "device")]
        pub device: Device,
    }
    impl crate::runtime::JsonKinds for Consumer {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("device") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "device"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "device"));
                }
                Some(v) => {
                    <Device as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "device"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The consumer's device.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct Device {
        /// Consumer’s device serial number.
        #[oai(
            rename = "serialNumber",
            validator(min_length = 1usize, max_length = 50usize)
        )]
        pub serial_number: String,
    }
    impl crate::runtime::JsonKinds for Device {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("serialNumber") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "serialNumber"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "serialNumber"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "serialNumber"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The references of the verified card on the server side.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct CardReference {
        /// The card reference identifier (on server side).
        #[oai(
            rename = "serverCardId",
            validator(min_length = 1usize, max_length = 64usize)
        )]
        pub server_card_id: String,
        /// The card identifier (on server side).
        #[oai(rename = "uniqueReferenceCardId")]
        pub unique_reference_card_id: i64,
    }
    impl crate::runtime::JsonKinds for CardReference {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("serverCardId") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "serverCardId"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "serverCardId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "serverCardId"),
                    )?;
                }
            }
            match object.get("uniqueReferenceCardId") {
                None => {
                    return Err(
                        format!(
                            "{at}.{}: required, and missing", "uniqueReferenceCardId"
                        ),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "uniqueReferenceCardId"),
                    );
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// The session of the verification transaction.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct RequestSession {
        /// Consumer’s access token key.
        #[oai(
            rename = "accessToken",
            validator(min_length = 32usize, max_length = 128usize)
        )]
        pub access_token: String,
        /// The session token of verification transaction.
        #[oai(rename = "token", validator(min_length = 16usize, max_length = 36usize))]
        pub token: String,
    }
    impl crate::runtime::JsonKinds for RequestSession {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("accessToken") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "accessToken"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "accessToken"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "accessToken"),
                    )?;
                }
            }
            match object.get("token") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "token"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "token"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "token"))?;
                }
            }
            Ok(())
        }
    }
    /// The verified source card.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct SourceCard {
        /// The Source card BIN.
        #[oai(rename = "bin")]
        pub bin: i64,
    }
    impl crate::runtime::JsonKinds for SourceCard {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("bin") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "bin"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "bin"));
                }
                Some(_) => {}
            }
            Ok(())
        }
    }
    /// Success Response Parameters.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationSuccess {
        /// Verification transaction identifier.
        #[oai(rename = "invoiceId")]
        pub invoice_id: String,
        #[oai(rename = "session")]
        pub session: ResponseSession,
    }
    impl crate::runtime::JsonKinds for VerificationSuccess {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("invoiceId") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "invoiceId"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "invoiceId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "invoiceId"),
                    )?;
                }
            }
            match object.get("session") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "session"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "session"));
                }
                Some(v) => {
                    <ResponseSession as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "session"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// The signed session of the answer.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct ResponseSession {
        /// Checksum generated by hmac-sha1 (see Signature computation) from the concatenation of the
        /// session.nonce, the endpointId and the invoiceId. Lowercase hexadecimal (assumed).
        #[oai(rename = "checkSignature")]
        pub check_signature: String,
        /// Unique random string generated by Connecting Party’s server.
        #[oai(rename = "nonce")]
        pub nonce: String,
        /// The session token of verification transaction.
        #[oai(rename = "token")]
        pub token: String,
    }
    impl crate::runtime::JsonKinds for ResponseSession {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("checkSignature") {
                None => {
                    return Err(
                        format!("{at}.{}: required, and missing", "checkSignature"),
                    );
                }
                Some(v) if v.is_null() => {
                    return Err(
                        format!("{at}.{}: null is not allowed", "checkSignature"),
                    );
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "checkSignature"),
                    )?;
                }
            }
            match object.get("nonce") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "nonce"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "nonce"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "nonce"))?;
                }
            }
            match object.get("token") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "token"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "token"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "token"))?;
                }
            }
            Ok(())
        }
    }
    /// Fail Response Parameters.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationFailure {
        #[oai(rename = "error")]
        pub error: VerificationError,
        /// Verification transaction identifier.
        #[oai(rename = "invoiceId", skip_serializing_if_is_none)]
        pub invoice_id: Option<String>,
    }
    impl crate::runtime::JsonKinds for VerificationFailure {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("error") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "error"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "error"));
                }
                Some(v) => {
                    <VerificationError as crate::runtime::JsonKinds>::check_kinds(
                        v,
                        &format!("{at}.{}", "error"),
                    )?;
                }
            }
            match object.get("invoiceId") {
                None => {}
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "invoiceId"));
                }
                Some(v) => {
                    crate::runtime::expect_string(
                        v,
                        || format!("{at}.{}", "invoiceId"),
                    )?;
                }
            }
            Ok(())
        }
    }
    /// What went wrong.
    #[derive(Debug, Clone, PartialEq, poem_openapi::Object)]
    pub struct VerificationError {
        /// Cause of the error.
        #[oai(rename = "cause")]
        pub cause: VerificationErrorCause,
        /// The unique error code.
        #[oai(rename = "code")]
        pub code: String,
        /// Description of the error.
        #[oai(rename = "message")]
        pub message: String,
    }
    impl crate::runtime::JsonKinds for VerificationError {
        fn check_kinds(value: &serde_json::Value, at: &str) -> Result<(), String> {
            let Some(object) = value.as_object() else { return Ok(()) };
            match object.get("cause") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "cause"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "cause"));
                }
                Some(_) => {}
            }
            match object.get("code") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "code"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "code"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "code"))?;
                }
            }
            match object.get("message") {
                None => {
                    return Err(format!("{at}.{}: required, and missing", "message"));
                }
                Some(v) if v.is_null() => {
                    return Err(format!("{at}.{}: null is not allowed", "message"));
                }
                Some(v) => {
                    crate::runtime::expect_string(v, || format!("{at}.{}", "message"))?;
                }
            }
            Ok(())
        }
    }
    /// Cause of the error.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, poem_openapi::Enum)]
    pub enum VerificationErrorCause {
        ///FILTERED
        #[oai(rename = "FILTERED")]
        Filtered,
        ///INVALID_REQUEST
        #[oai(rename = "INVALID_REQUEST")]
        InvalidRequest,
        ///SERVER_FAILED
        #[oai(rename = "SERVER_FAILED")]
        ServerFailed,
        ///SERVER_UNAVAILABLE
        #[oai(rename = "SERVER_UNAVAILABLE")]
        ServerUnavailable,
    }
}
/// One enum per operation, one variant per declared status.
pub mod responses {
    /// The answers of `notifyVerification`.
    #[derive(poem_openapi::ApiResponse)]
    #[oai(bad_request_handler = "notify_verification_bad_request")]
    pub enum NotifyVerification {
        /// Success. The connecting party mapped the card.
        #[oai(status = 200u16)]
        Ok(poem_openapi::payload::Json<super::types::VerificationSuccess>),
        /// Invalid request. `error.code` (assumed): `UNKNOWN_SESSION`, `SESSION_EXPIRED`,
        /// `DEVICE_MISMATCH`, `SESSION_TOKEN_REUSED`, `SERVER_CARD_ID_TAKEN` (cause
        /// `INVALID_REQUEST`); `BIN_FILTERED` (cause `FILTERED`, a BIN the connecting party
        /// filters); `INVALID_REQUEST` for a body that breaks this document.
        #[oai(status = 400u16)]
        BadRequest(poem_openapi::payload::Json<super::types::VerificationFailure>),
        /// The body was not received in time (assumed; 10 s unless configured).
        #[oai(status = 408u16)]
        Status408(poem_openapi::payload::Json<super::types::VerificationFailure>),
        /// The body is larger than the server accepts (assumed; 64 KiB unless configured).
        #[oai(status = 413u16)]
        PayloadTooLarge(poem_openapi::payload::Json<super::types::VerificationFailure>),
        /// Server error.
        #[oai(status = 500u16)]
        InternalServerError(
            poem_openapi::payload::Json<super::types::VerificationFailure>,
        ),
    }
    /// The operation's declared answer to a problem: the status declared for its kind (see
    /// the generator's `PROBLEM_STATUSES`), with the document's error body.
    impl From<crate::runtime::Problem> for NotifyVerification {
        fn from(problem: crate::runtime::Problem) -> Self {
            problem.report();
            match problem.kind {
                crate::runtime::ProblemKind::InvalidRequest => {
                    NotifyVerification::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unauthorized => {
                    NotifyVerification::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Forbidden => {
                    NotifyVerification::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::NotFound => {
                    NotifyVerification::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Conflict => {
                    NotifyVerification::BadRequest(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                400u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::PayloadTooLarge => {
                    NotifyVerification::PayloadTooLarge(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                413u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Timeout => {
                    NotifyVerification::Status408(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                408u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Internal => {
                    NotifyVerification::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
                crate::runtime::ProblemKind::Unavailable => {
                    NotifyVerification::InternalServerError(
                        poem_openapi::payload::Json(
                            <super::types::VerificationFailure as crate::runtime::ErrorBody>::from_problem(
                                &problem,
                                500u16,
                            ),
                        ),
                    )
                }
            }
        }
    }
    /// Turns a request poem-openapi could not extract (parameters, body, validators, missing
    /// credentials) into the operation's declared error answer.
    pub fn notify_verification_bad_request(err: poem::Error) -> NotifyVerification {
        crate::runtime::Problem::from_extraction_error(&err).into()
    }
}
/// The document's security schemes.
pub mod security {}
/// The document's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// Card verification mapping.
    #[oai(rename = "Verification")]
    Verification,
}
/// The operations of `verification-notification.yaml`: implement this trait to serve the API. The generated service has already extracted and validated every input, and authenticated the caller where the document asks for it.
pub trait VerificationNotificationApi: Send + Sync + 'static {
    /// Verification card mapping notification
    ///
    /// Tells the connecting party which card was verified (`reference.serverCardId`,
    /// `reference.uniqueReferenceCardId`, `sourceCard.bin`). `uniqueReferenceCardId` stays the
    /// same when the same PAN is verified with another expiry date. The connecting party answers
    /// with the invoice id of the verification and the signature of its answer.
    fn notify_verification(
        &self,
        body: types::VerificationNotification,
    ) -> impl std::future::Future<
        Output = Result<responses::NotifyVerification, crate::runtime::Problem>,
    > + Send;
}
/// The poem-openapi service of `verification-notification.yaml`, calling a [`VerificationNotificationApi`] implementation.
pub struct VerificationNotificationApiService<T>(pub std::sync::Arc<T>);
#[poem_openapi::OpenApi]
impl<T: VerificationNotificationApi> VerificationNotificationApiService<T> {
    /// Verification card mapping notification
    ///
    /// Tells the connecting party which card was verified (`reference.serverCardId`,
    /// `reference.uniqueReferenceCardId`, `sourceCard.bin`). `uniqueReferenceCardId` stays the
    /// same when the same PAN is verified with another expiry date. The connecting party answers
    /// with the invoice id of the verification and the signature of its answer.
    #[oai(
        path = "/verification/notification",
        method = "post",
        operation_id = "notifyVerification",
        tag = "Tags::Verification"
    )]
    async fn notify_verification(
        &self,
        body: crate::runtime::StrictJson<types::VerificationNotification>,
    ) -> responses::NotifyVerification {
        let answer = crate::runtime::catch_panic(async move {
                self.0.notify_verification(body.0).await
            })
            .await;
        match answer {
            Ok(answer) => answer,
            Err(problem) => problem.into(),
        }
    }
}
