//! Checking a verified response against the relying party and the current time.

use crate::response::VerifiedResponse;
use crate::time::Timestamp;
use std::fmt;
use std::time::Duration;

const BEARER: &str = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

/// Why a verified response does not apply here and now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConditionError {
    /// `Conditions/@NotBefore` is still in the future.
    NotYetValid {
        not_before: Timestamp,
        now: Timestamp,
    },
    /// `Conditions/@NotOnOrAfter` has passed.
    Expired {
        not_on_or_after: Timestamp,
        now: Timestamp,
    },
    /// The assertion names no audience at all.
    NoAudience,
    /// An `AudienceRestriction` does not include any accepted audience.
    WrongAudience { audiences: Vec<String> },
    /// The response's `Destination` is not the recipient.
    WrongDestination { destination: String },
    /// No bearer `SubjectConfirmation` exists.
    NoBearerConfirmation,
    /// A bearer confirmation is addressed to another recipient.
    WrongRecipient { recipient: Option<String> },
    /// A bearer confirmation lacks `NotOnOrAfter`.
    ConfirmationWithoutExpiry,
    /// The bearer confirmation window is over (or not yet open).
    ConfirmationExpired {
        not_on_or_after: Timestamp,
        now: Timestamp,
    },
    ConfirmationNotYetValid {
        not_before: Timestamp,
        now: Timestamp,
    },
    /// The name identifier is qualified for another service provider.
    WrongSpNameQualifier { qualifier: String },
    /// A bearer confirmation answers another request than the response does.
    InResponseToMismatch {
        confirmation: String,
        response: Option<String>,
    },
    /// The assertion has no `AuthnStatement`.
    NoAuthnStatement,
    /// `SessionNotOnOrAfter` has passed.
    SessionExpired {
        session_not_on_or_after: Timestamp,
        now: Timestamp,
    },
}

impl fmt::Display for ConditionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotYetValid { not_before, now } => {
                write!(f, "assertion is not valid before {not_before} (now {now})")
            }
            Self::Expired {
                not_on_or_after,
                now,
            } => {
                write!(f, "assertion expired at {not_on_or_after} (now {now})")
            }
            Self::NoAudience => f.write_str("assertion has no audience restriction"),
            Self::WrongAudience { audiences } => {
                write!(f, "audience `{}` is not accepted", audiences.join(" "))
            }
            Self::WrongDestination { destination } => {
                write!(f, "destination `{destination}` is not this endpoint")
            }
            Self::NoBearerConfirmation => {
                f.write_str("assertion has no bearer subject confirmation")
            }
            Self::WrongRecipient { recipient } => match recipient {
                Some(r) => write!(
                    f,
                    "subject confirmation recipient `{r}` is not this endpoint"
                ),
                None => f.write_str("subject confirmation has no recipient"),
            },
            Self::ConfirmationWithoutExpiry => {
                f.write_str("subject confirmation has no `NotOnOrAfter`")
            }
            Self::ConfirmationExpired {
                not_on_or_after,
                now,
            } => write!(
                f,
                "subject confirmation expired at {not_on_or_after} (now {now})"
            ),
            Self::ConfirmationNotYetValid { not_before, now } => write!(
                f,
                "subject confirmation is not valid before {not_before} (now {now})"
            ),
            Self::WrongSpNameQualifier { qualifier } => {
                write!(
                    f,
                    "name identifier is qualified for `{qualifier}`, not this service"
                )
            }
            Self::InResponseToMismatch {
                confirmation,
                response,
            } => write!(
                f,
                "subject confirmation answers `{confirmation}`, the response answers `{}`",
                response.as_deref().unwrap_or("nothing")
            ),
            Self::NoAuthnStatement => f.write_str("assertion has no authentication statement"),
            Self::SessionExpired {
                session_not_on_or_after,
                now,
            } => write!(
                f,
                "IdP session ended at {session_not_on_or_after} (now {now})"
            ),
        }
    }
}

impl std::error::Error for ConditionError {}

impl VerifiedResponse {
    /// Checks that the response is meant for `recipient` (the endpoint it was
    /// posted to), for one of `audiences`, and valid at `now` give or take `skew`.
    pub fn check_conditions(
        &self,
        now: Timestamp,
        audiences: &[&str],
        recipient: &str,
        skew: Duration,
    ) -> Result<(), ConditionError> {
        let skew = i64::try_from(skew.as_millis()).unwrap_or(i64::MAX);
        let late = now.add_millis(-skew);
        let early = now.add_millis(skew);
        let assertion = &self.assertion;

        if let Some(destination) = &self.destination
            && destination != recipient
        {
            return Err(ConditionError::WrongDestination {
                destination: destination.clone(),
            });
        }
        let conditions = assertion
            .conditions
            .as_ref()
            .ok_or(ConditionError::NoAudience)?;
        if let Some(not_before) = conditions.not_before
            && early < not_before
        {
            return Err(ConditionError::NotYetValid { not_before, now });
        }
        if let Some(not_on_or_after) = conditions.not_on_or_after
            && late >= not_on_or_after
        {
            return Err(ConditionError::Expired {
                not_on_or_after,
                now,
            });
        }
        if conditions.audience_restrictions.is_empty() {
            return Err(ConditionError::NoAudience);
        }
        for restriction in &conditions.audience_restrictions {
            if !restriction.iter().any(|a| audiences.contains(&a.as_str())) {
                return Err(ConditionError::WrongAudience {
                    audiences: restriction.clone(),
                });
            }
        }

        if let Some(qualifier) = &assertion.subject.name_id.sp_name_qualifier
            && !audiences.contains(&qualifier.as_str())
        {
            return Err(ConditionError::WrongSpNameQualifier {
                qualifier: qualifier.clone(),
            });
        }

        // Any one bearer confirmation that fits is enough; report why the last
        // candidate failed otherwise.
        let mut failure = ConditionError::NoBearerConfirmation;
        let mut confirmed = false;
        for sc in assertion
            .subject
            .confirmations
            .iter()
            .filter(|c| c.method == BEARER)
        {
            if sc.recipient.as_deref() != Some(recipient) {
                failure = ConditionError::WrongRecipient {
                    recipient: sc.recipient.clone(),
                };
                continue;
            }
            let Some(not_on_or_after) = sc.not_on_or_after else {
                failure = ConditionError::ConfirmationWithoutExpiry;
                continue;
            };
            if late >= not_on_or_after {
                failure = ConditionError::ConfirmationExpired {
                    not_on_or_after,
                    now,
                };
                continue;
            }
            if let Some(answers) = &sc.in_response_to
                && self.in_response_to.as_ref() != Some(answers)
            {
                failure = ConditionError::InResponseToMismatch {
                    confirmation: answers.clone(),
                    response: self.in_response_to.clone(),
                };
                continue;
            }
            if let Some(not_before) = sc.not_before
                && early < not_before
            {
                failure = ConditionError::ConfirmationNotYetValid { not_before, now };
                continue;
            }
            confirmed = true;
            break;
        }
        if !confirmed {
            return Err(failure);
        }

        if assertion.authn_statements.is_empty() {
            return Err(ConditionError::NoAuthnStatement);
        }
        for statement in &assertion.authn_statements {
            if let Some(session_not_on_or_after) = statement.session_not_on_or_after
                && late >= session_not_on_or_after
            {
                return Err(ConditionError::SessionExpired {
                    session_not_on_or_after,
                    now,
                });
            }
        }
        Ok(())
    }
}
