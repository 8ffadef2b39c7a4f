-- The Devices page counts an account's desk phones by model and lists one model's phones by MAC address.
create index device_account_model on device (account_id, model, mac_address);
