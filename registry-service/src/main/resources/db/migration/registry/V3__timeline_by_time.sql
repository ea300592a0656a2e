-- The statistics count the timeline's events per month: they read a range of time, not the whole history.
CREATE INDEX registration_timeline_occurred ON registration_timeline (occurred_at) INCLUDE (type);
