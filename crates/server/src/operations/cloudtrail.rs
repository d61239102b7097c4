//! CloudTrail's LookupEvents over the audit trail.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gatehouse_core::audit::{AuditQuery, LookupAttribute};
use gatehouse_core::clock::UnixMillis;
use gatehouse_model::cloudtrail::{
    Event, EventCategory, LookupAttributeKey, LookupEventsRequest, LookupEventsResponse, Resource,
};
use gatehouse_model::{Timestamp, ToValue, Value};
use gatehouse_wire::ApiError;

use super::{RequestCtx, core_error, typed};
use crate::app::AppInner;
use crate::authz;

const DEFAULT_MAX_RESULTS: usize = 50;
const TOKEN_PREFIX: &str = "gh1:";

fn error(code: &str, message: &str) -> ApiError {
    ApiError::new(code, message.to_owned(), 400)
}

fn encode_token(seq: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{TOKEN_PREFIX}{seq}"))
}

fn decode_token(token: &str) -> Option<i64> {
    let raw = URL_SAFE_NO_PAD.decode(token).ok()?;
    let text = String::from_utf8(raw).ok()?;
    text.strip_prefix(TOKEN_PREFIX)?
        .parse()
        .ok()
        .filter(|s| *s > 0)
}

fn attribute_of(key: &LookupAttributeKey) -> Option<LookupAttribute> {
    Some(match key {
        LookupAttributeKey::EventId => LookupAttribute::EventId,
        LookupAttributeKey::EventName => LookupAttribute::EventName,
        LookupAttributeKey::ReadOnly => LookupAttribute::ReadOnly,
        LookupAttributeKey::Username => LookupAttribute::Username,
        LookupAttributeKey::ResourceType => LookupAttribute::ResourceType,
        LookupAttributeKey::ResourceName => LookupAttribute::ResourceName,
        LookupAttributeKey::EventSource => LookupAttribute::EventSource,
        LookupAttributeKey::AccessKeyId => LookupAttribute::AccessKeyId,
        LookupAttributeKey::Unknown(_) => return None,
    })
}

pub(crate) fn lookup_events(
    app: &AppInner,
    ctx: &RequestCtx<'_>,
    input: &Value,
) -> Result<Value, ApiError> {
    let caller = ctx.caller()?;
    // The trail is read through the same policies as any other call: the account's
    // events are no one's by default.
    authz::authorize(app, ctx, "cloudtrail:LookupEvents", "*", &[])?;
    let req: LookupEventsRequest = typed(input)?;
    let attrs = req.lookup_attributes.unwrap_or_default();
    if attrs.len() > 1 {
        return Err(error(
            "InvalidLookupAttributesException",
            "You cannot specify more than one lookup attribute.",
        ));
    }
    let attribute = match attrs.first() {
        None => None,
        Some(a) => {
            let key = attribute_of(&a.attribute_key).ok_or_else(|| {
                error(
                    "InvalidLookupAttributesException",
                    "The lookup attribute key is not valid.",
                )
            })?;
            if key == LookupAttribute::ReadOnly
                && a.attribute_value != "true"
                && a.attribute_value != "false"
            {
                return Err(error(
                    "InvalidLookupAttributesException",
                    "The ReadOnly attribute value must be true or false.",
                ));
            }
            Some((key, a.attribute_value.clone()))
        }
    };
    let start = req.start_time.map(|t| UnixMillis(t.epoch_millis()));
    let end = req.end_time.map(|t| UnixMillis(t.epoch_millis()));
    if let (Some(s), Some(e)) = (start, end)
        && s > e
    {
        return Err(error(
            "InvalidTimeRangeException",
            "Start time must be earlier than end time.",
        ));
    }
    let limit = match req.max_results {
        None => DEFAULT_MAX_RESULTS,
        Some(n) if (1..=50).contains(&n) => usize::try_from(n).unwrap_or(DEFAULT_MAX_RESULTS),
        Some(n) => {
            return Err(error(
                "InvalidMaxResultsException",
                &format!("Value {n} for MaxResults is invalid: it must be between 1 and 50."),
            ));
        }
    };
    let before = match req.next_token.as_deref() {
        None | Some("") => None,
        Some(t) => Some(
            decode_token(t)
                .ok_or_else(|| error("InvalidNextTokenException", "Invalid NextToken."))?,
        ),
    };
    // Insight events are never generated here, so that category is always empty.
    if matches!(req.event_category, Some(EventCategory::Insight)) {
        return Ok(LookupEventsResponse {
            events: Some(Vec::new()),
            next_token: None,
        }
        .to_value());
    }
    // Everything answered before this call must be visible to it.
    app.audit.flush();
    let page = app
        .installation
        .lookup_audit(&AuditQuery {
            account_id: caller.account_id.clone(),
            attribute,
            start,
            end,
            limit,
            before,
        })
        .map_err(|e| core_error(&e))?;
    let events = page
        .events
        .into_iter()
        .map(|e| Event {
            access_key_id: e.access_key_id,
            cloud_trail_event: Some(e.cloudtrail_event),
            event_id: Some(e.event_id),
            event_name: Some(e.event_name),
            event_source: Some(e.event_source),
            event_time: Timestamp::from_epoch_millis(e.event_time.0),
            read_only: Some(e.read_only.to_string()),
            resources: Some(
                e.resources
                    .into_iter()
                    .map(|(t, n)| Resource {
                        resource_type: Some(t),
                        resource_name: Some(n),
                    })
                    .collect(),
            ),
            username: e.username,
        })
        .collect();
    Ok(LookupEventsResponse {
        events: Some(events),
        next_token: page.next.map(encode_token),
    }
    .to_value())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_tokens_round_trip_and_reject_garbage() {
        assert_eq!(decode_token(&encode_token(42)), Some(42));
        assert_eq!(decode_token("garbage!"), None);
        assert_eq!(decode_token(&URL_SAFE_NO_PAD.encode("gh1:-3")), None);
        assert_eq!(decode_token(""), None);
    }
}
