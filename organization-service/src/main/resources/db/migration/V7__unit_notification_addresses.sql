-- Where a unit's notices are e-mailed (reminders, workflow notices), and whether its officers turned e-mail off.
ALTER TABLE org_unit
    ADD COLUMN notification_emails varchar(254)[] NOT NULL DEFAULT '{}',
    ADD COLUMN email_off boolean NOT NULL DEFAULT false;
