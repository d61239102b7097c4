//! Wire types generated from the pinned AWS service models.
