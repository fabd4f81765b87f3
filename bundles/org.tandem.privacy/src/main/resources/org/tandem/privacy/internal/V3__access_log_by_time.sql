-- The access log newest first, as the administrator's view reads it (a page of the newest reads, cut
-- by the database), and by time for the retention's cut-off; every read of someone's data adds rows.

CREATE INDEX ix_privacy_access_read ON privacy_access_log (read_at DESC);
