-- A QR code attached to an email is kept as its text and drawn when the email is sent (StoredAttachment): an
-- enablement queues a few hundred characters instead of drawing and storing a PNG in its transaction.
alter table email_attachment alter column content_base64 drop not null;
alter table email_attachment add column qr_text varchar(4096);
alter table email_attachment add column qr_size_px integer;
alter table email_attachment add constraint email_attachment_bytes_or_qr
    check ((content_base64 is null and qr_text is not null and qr_size_px is not null and qr_size_px between 1 and 1000)
        or (content_base64 is not null and qr_text is null and qr_size_px is null));
