from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "retention_lease" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(16) NOT NULL UNIQUE,
    "holder" VARCHAR(64) NOT NULL,
    "leased_until" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ
);
COMMENT ON TABLE "retention_lease" IS 'The one prune that runs at a time, whichever process starts it: taken by a conditional';
        CREATE TABLE IF NOT EXISTS "cart_tally" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "abandoned" BIGINT NOT NULL,
    "reachable" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_cart_tally_store_i_b02623" UNIQUE ("store_id", "day")
);
COMMENT ON TABLE "cart_tally" IS 'Pruned carts that had been found abandoned, per day they were (and how many of them';
        CREATE TABLE IF NOT EXISTS "consent" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254),
    "channel" VARCHAR(16) NOT NULL,
    "is_granted" BOOL NOT NULL,
    "text_key" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "language" VARCHAR(16) NOT NULL,
    "source" VARCHAR(24) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_consent_store_i_240c23" ON "consent" ("store_id", "email");
CREATE INDEX IF NOT EXISTS "idx_consent_visitor_1a601c" ON "consent" ("visitor_id");
COMMENT ON TABLE "consent" IS 'That a shopper agreed to hear from a store by a channel, or withdrew: when, what text';
        CREATE TABLE IF NOT EXISTS "delivery_tally" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "campaign_id" INT NOT NULL,
    "variant" SMALLINT NOT NULL,
    "flow" VARCHAR(24) NOT NULL,
    "step" INT NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "clicked_day" DATE NOT NULL,
    "status_code" INT NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "browser" VARCHAR(32) NOT NULL,
    "sent_day" DATE NOT NULL,
    "rows" BIGINT NOT NULL,
    "sent" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_delivery_ta_store_i_8e5d12" UNIQUE ("store_id", "kind", "day", "campaign_id", "variant", "flow", "step", "channel", "status", "clicked_day", "status_code", "reason", "browser", "sent_day")
);
CREATE INDEX IF NOT EXISTS "idx_delivery_ta_campaig_d31b66" ON "delivery_tally" ("campaign_id");
COMMENT ON TABLE "delivery_tally" IS 'Pruned deliveries: how many, per day they were due and per everything a report groups';
        CREATE TABLE IF NOT EXISTS "loyalty_account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_acc_store_i_7c6134" UNIQUE ("store_id", "email")
);
COMMENT ON TABLE "loyalty_account" IS 'A shopper''s points at a store, known by their email. The row holds no balance (that is';
        CREATE TABLE IF NOT EXISTS "loyalty_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "attempts" INT NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "cart_id" INT NOT NULL REFERENCES "cart" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_cod_cart_id_345a0c" ON "loyalty_code" ("cart_id", "created_at");
COMMENT ON TABLE "loyalty_code" IS 'A one-time code sent to a shopper''s email so that only they spend their points: six';
        CREATE TABLE IF NOT EXISTS "loyalty_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "points" INT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "key" VARCHAR(64),
    "expires_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT NOT NULL REFERENCES "loyalty_account" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "order" ("id") ON DELETE SET NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_ent_account_a06802" UNIQUE ("account_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_loyalty_ent_store_i_fecc77" ON "loyalty_entry" ("store_id", "kind", "created_at");
CREATE INDEX IF NOT EXISTS "idx_loyalty_ent_account_a7f29f" ON "loyalty_entry" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_loyalty_ent_store_i_162bdd" ON "loyalty_entry" ("store_id", "expires_at");
COMMENT ON TABLE "loyalty_entry" IS 'One change of a shopper''s points, never updated or deleted: earned with an order, a bonus,';
        CREATE TABLE IF NOT EXISTS "reminder_cart_tally" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "measure" VARCHAR(8) NOT NULL,
    "day" DATE NOT NULL,
    "due_day" DATE NOT NULL,
    "carts" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_reminder_ca_store_i_43fa39" UNIQUE ("store_id", "measure", "day", "due_day")
);
COMMENT ON TABLE "reminder_cart_tally" IS 'Carts whose reminders were pruned, counted once per day as the recovery report does:';
        CREATE TABLE IF NOT EXISTS "shopper_erasure" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email_hash" VARCHAR(64) NOT NULL,
    "anonymous_id" VARCHAR(40) NOT NULL,
    "requested_by" VARCHAR(300) NOT NULL,
    "counts" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_shopper_era_store_i_d04286" ON "shopper_erasure" ("store_id", "email_hash");
COMMENT ON TABLE "shopper_erasure" IS 'That a shopper''s personal data was erased, when and at whose request; and, by a keyed';
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(2048) NOT NULL,
    "events" JSONB NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "is_active" BOOL NOT NULL,
    "secret_sealed" TEXT NOT NULL,
    "secret_hint" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_end_store_i_02c8d3" ON "webhook_endpoint" ("store_id", "is_active");
COMMENT ON TABLE "webhook_endpoint" IS 'A merchant''s URL subscribed to some events, with its own signing secret (sealed).';
        CREATE TABLE IF NOT EXISTS "webhook_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_id" VARCHAR(40) NOT NULL UNIQUE,
    "kind" VARCHAR(40) NOT NULL,
    "shopper" VARCHAR(300) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_eve_store_i_169c9b" ON "webhook_event" ("store_id", "created_at");
COMMENT ON TABLE "webhook_event" IS 'Something that happened in a store, written in the transaction that made it happen.';
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "shopper" VARCHAR(300) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "claimed_by" VARCHAR(40),
    "last_status_code" INT,
    "last_response" VARCHAR(1000) NOT NULL,
    "last_duration_ms" INT,
    "last_error" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_attempt_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "event_id" BIGINT NOT NULL REFERENCES "webhook_event" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_a71552" ON "webhook_delivery" ("endpoint_id", "shopper", "status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_store_i_a9c937" ON "webhook_delivery" ("store_id", "created_at");
COMMENT ON COLUMN "webhook_delivery"."status" IS 'QUEUED: queued\nSENDING: sending\nDELIVERED: delivered\nFAILED: failed\nEXPIRED: expired';
COMMENT ON TABLE "webhook_delivery" IS 'One event to one endpoint: queued, retried with backoff, then delivered or failed.';
        COMMENT ON COLUMN "automation_event"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates\nPOINTS_EXPIRY: points_expiry';
        COMMENT ON COLUMN "automation_run"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates\nPOINTS_EXPIRY: points_expiry';
        ALTER TABLE "cart" ADD "sms_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "cart" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "cart" ADD "loyalty_points" INT NOT NULL DEFAULT 0;
        ALTER TABLE "cart" ADD "loyalty_email" VARCHAR(254);
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order\nAUTOMATION: automation\nLOYALTY: loyalty';
        ALTER TABLE "order" ADD "points_discount" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "points_redeemed" INT NOT NULL DEFAULT 0;
        ALTER TABLE "store" ADD "text_messages" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "store" ADD "loyalty" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "visitor" ADD "sms_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "visitor" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "cart" DROP COLUMN "sms_consent";
        ALTER TABLE "cart" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "cart" DROP COLUMN "loyalty_points";
        ALTER TABLE "cart" DROP COLUMN "loyalty_email";
        ALTER TABLE "order" DROP COLUMN "points_discount";
        ALTER TABLE "order" DROP COLUMN "points_redeemed";
        ALTER TABLE "store" DROP COLUMN "text_messages";
        ALTER TABLE "store" DROP COLUMN "loyalty";
        ALTER TABLE "visitor" DROP COLUMN "sms_consent";
        ALTER TABLE "visitor" DROP COLUMN "whatsapp_consent";
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order\nAUTOMATION: automation';
        COMMENT ON COLUMN "automation_run"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
        COMMENT ON COLUMN "automation_event"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
        DROP TABLE IF EXISTS "loyalty_account";
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "consent";
        DROP TABLE IF EXISTS "delivery_tally";
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "cart_tally";
        DROP TABLE IF EXISTS "webhook_event";
        DROP TABLE IF EXISTS "loyalty_code";
        DROP TABLE IF EXISTS "reminder_cart_tally";
        DROP TABLE IF EXISTS "retention_lease";
        DROP TABLE IF EXISTS "shopper_erasure";
        DROP TABLE IF EXISTS "loyalty_entry";"""


MODELS_STATE = (
    "eJztfXtz27jV91fB+J9NZrQZR74k9XY6o9jarLuO7cd2sttn/QwLkbDFmgRZgrSit93v/g"
    "LgRbyLkEiagjHT6cYkDkj9Dgic+/nPnu0YyCLvJoZt4ltEiOngvRPwnz0MbUT/UXp/BPag"
    "667usgs+nFmcALKRGkkNnRHfg7pPbz5AiyB6yUBE90zXDx+2NwHEfMTI+NHEYOY5C4I84D"
    "wAf44Anw3oDiaOhd6Bc5/QP5wnEwEdep6JCIDAg9hwbOA7Twj/BBxsLRkpe7Th6PTZJn7s"
    "7Cn3mF/4gYDbXyY/jo+OgUnAE3L9d+CWPo0+GjiBDxA2CDD9n+g8LiRk4XgG0OcQP6LwFn"
    "pG3pJOit6x1w6w+e8Aab7ziOgjPPryf/wfvWxiA31HhP35n70HE1kG//deQH+JZhqMkk6G"
    "DA36e2w8+u56IRtIPEXEVRxYFuPZ0uUs45TfKZP4H3+yge6Txp+QWQvhM/h1LaY9nUPvZz"
    "6S4T3TdMcKbLwa7S79uYOT4ZQd7OojwsiDPjJSi4K9VLSI4kshEPSC7wUoQcBYXTDQAwws"
    "f/WT6Busru1p2uXVnXY7vdO0vcKyiylSayS6xBYCRcPEPuG/34bfNQvhR39O/zw+/DN8zg"
    "qHcBR74LfJzekvk5s3x4dv2QMduu7Dr+IyujPmt/7kU0Afais2rmDWPcSgYWwswH1G7/im"
    "jcohz1LmoDci0nfxPzZhRHxhxYnVN90DK2qgvzv/Mr29m3y5ZtPbhPzb4nhN7qbszphfXe"
    "auvjnOsSmZBPx2fvcLYH+C/726nHI4HeI/evyJq3F3/7vH3gkGvqNhZ6FBI41JfDm+RIeu"
    "2GxB4tN9EuENGJ2nVaweNKuTbVmQzWm6FlgcbZqKw+1zmJ/BkOJfwuPqIzJL1c5R2YSpe3"
    "u9HJXj/f0GZyUdVXlY8nt/ZpCO5SeN+NB2RdAuUvaH+M6JJ7mlXSb6nWO/ZlmXin9muNJ3"
    "DeFH9hI/jt8ffjj8eHB8+JEO4S+aXPlQA/r55R1FlAnVD0+l8h6Dq4juz46HqAbxK1pykM"
    "/pG0GsoxJQ0yra12iuHUP4z3gJxVdXp5UHF4kqkl5ZFAD6s5EffvST29PJ2TTUXWZQf1pA"
    "+p1n8GZ3nLGTu5KMLd6yx3b+CsR0szaiX8HeuQB9leoc82Wd3hyvhbVKczW067VHIQWv8i"
    "tv+oFHfByuetfC1z2qUeeQDU1L5JxKCKTTncdHTU4nOqpaIDgqnE/JsT6HZL6RPBATSigO"
    "dCKCKQNFNfr0BxpX2FpG39mO6DjRllBQcQpSS/X5uloeJDY6FhbHp4jy519vkAX9yEBcI8"
    "6kLM47thCqJJrMh2Qje4Y8MjfdLcG69am0+CWZTSa8OpXb6Hq3ObTTZ8QfWZTeckPqZbhk"
    "sIaS0WvdH7eOTSU15irw59AHczo/5Z0BfIe5CzzHCHQfOB6AmP6/gbxwGAQPlrOgF8mCMh"
    "28YUNNHYEFfS4wnAUeFTwgXT3onvLM0Z+ATqEDjDOj1HwLSADdZJAxWs1rO8/IePsTQN9d"
    "yExcwKGaDaBMd4AXYDJinhDgIo9OPHfoS3rA9Jl7RkceuztbgsXc1OfMa8Keo9NdAugWNG"
    "3mZAEPpkf8TRwp8etEx1PqsOrNnfLJfHwtAvdfxuODgw/j/YPjj0eHHz4cfdxPJO/irToR"
    "/NP5ZyaFZ87F9WI5W9Tl0uIUB3ZB585wIqYdssC4d31zfjrVzm6urk/CL1YzPMe9x58mp7"
    "9q55fa7d3V6a8n/HvVmMeWfcL07s3Vb7dTbfJpcnl2dfllenl3EnlLNThjLlBs0+/+Ht9M"
    "ry+ml+e3v4RDPORSmdMk8/Dub3R+9pwTsKBTs0fc48vpb9rk5ub82+Tilv4gRGUPzzOf6U"
    "+9x1c3Z9Mb7es1k3PoTb5LaIHLBEF69/qKsvNWm/5+fX7zD/pjHLaSNPo9mt4yv8k1Eoob"
    "aSE1SkhBB2GrrLiY/n57dVn+Kcfj8xKwSTfM/wLLJJ2Zyfb++hBgna0RMAtMyzcxecce+7"
    "euTMI1UDN8MsJvDPGbL5Pf8+ifXlx9yku1bIJPSjl5jQ6X3Fkt5FXLkirH2pD5HB4FQobJ"
    "NMlG/oeBsbMdA2XKYBZK5mKgZokUrEVYCdPBxUBNkyhP2XpPGcerBVfZbTzPjsHb1E2WXl"
    "flfrKS/aAFXK9XM+3WXtAU2OwuuB5afhS1AOxVPI+csKZP7EH5dRN73hfoPe3Vmgf5iFFD"
    "66AdD15rHPzFWdBbHoCAf9Q/EGYXMx2qsgGiQwzehMo5SCnnI6Z0/xja4e6D8f74+C2YQw"
    "Isx3lCxglAUJ/zMOSCgbDLh91jHz4hwuOtPR75/OA5NpgjDzEDJJX/mF3Pdp6ZfdKk8xIH"
    "+Asntu9RSsztffxFmH2QT1Jl5vtjdVYwgr3/Uy7wF3SBcxYUYK32zMbjh2xf29Qh27rtKc"
    "B+WXxBvQ6cECkzx6DVX6VUKKViIELaeqXipYW0m6A8dy0zoKmI5gUNs9euqCzCHEJUWrKp"
    "oEJfkskzTEKJnZdwxnLA+JVg9i+k++DB8fjfjq4HnofounoH7qhgFK4J8ISWwCyKZ509ic"
    "pm9BLzr/7IE9seA0ilKx+hEzB3FlzsovAvU7LYA12sXJRbzRt6bamACNB3k/iE+XuNcGa6"
    "tgyT4QUtEDp5QtcyfYMAMZ8tAZQVJn0Oy7Ujga4jZBD+Qg0EvNgbF4HA/xn+er5UkxcsCI"
    "EZ5y/9vP0gxJw+akufL9vCM3OndvGSt6VytPIyKy+z8jIrL3OdpJ/aMhprUiuSIS+jTZWp"
    "40bRrcc10a3HhejWnuO1B2ay6yFgO3U4N17GKxIJl3H7OVspoUcA5SyVAroB0CrwpxL6vg"
    "N/VgL8JsLWirrHNFwXUb2IQigqc00vz84vP1MZJaS/x7dcPCJcKrr99fz6enpG/3wy6dlv"
    "bCK7vG9yrr6vPlbfF07VSKkqcKfeTLmiUnbKQdspPQSJI2TjX1GovHeVdKU+pCR5KrQFCf"
    "I4RabiGQfNX+XQaT3y7tkkJsVIDNUskQpoVH6yFwm+i5ZhC7h+W820W+u2KbDZL1bUBZlS"
    "RRJXU4lnRCDp9iycZykP4p0m255C24V0Re+VuGiTe6M676yeHtWgqqgbkHnaUwqphvzIXA"
    "es7ucqxo0EM0bIcqdHPA6NpcCyvFcuNhW8sC3OK5ifurJRUHGv37zU1+Iu7CwE7on+LBH1"
    "OB7fo3KsB3Tl2v2oyO+PmxiY8oJ6ysB0nNePfdO3hKzdCYGEhu7340YGvHGNBW9csEDMHG"
    "MpAnA8Xjr7zmEj+85hjX3nsGjfCTwhp2M0XMa1u98IXjasxv5cBNjUxQyU8Xjplm9nANtU"
    "HhJCOCZQEDeEGHIHXoneUu1xTJEMw+nInieN09H3S3btSmE5Gt2fEe/jMT1pBi0xpw9Aio"
    "AuJGGkSHrcQrDj2dDqayNp2xEbqaoiMKdIeoQZWj1hfDBugPHBuBJjditnkIaeCdmzBPbp"
    "NI3aqFvfqHcwOoToc2QEFjIEebB3e/rL9OzrBY8BiefgMSJh1AiJo0ZOJ5en0ws+Tmc/2+"
    "Ljfp6c80sP0Iyf/eLKfWzvKrBvrVdUub13wi1qOTq0tJgRTQ+mLJV8WkTr35EKInkVXxM9"
    "rrzN2JylVKEkQ+YyZdUj8pGItyZN0p8WuisaKJN4grIYh+oTKEUi3fFz0MiGdVBjwjooWr"
    "BU/JMK1BlIPMk2Ce0qmuTFo0m80nrt/PqoPorEa1aYvRoA4biN1UJbWRLCxNOtwzhyqeYe"
    "0h22jDRMx3SYxh6l6bb+/qkgLxXcMqQDZwSqg1t4D2QRsSkhkK7FUfsphjtouXTckLsiRs"
    "ur6+nlCWCU9/j06vLb9OaOGyYdTLczfyiGSJUc3nFyOMdL06HrU7Vqo+reZRMoQ8aQDRms"
    "GiZlA37kMmSpc/KT41gI4nKWl9LnWD6jE3S13yVX+uXzp6uriwyLP53n6tNcfv3yaUp3OM"
    "5bOsgM9Zui5YP/V2BXi8dLZ/PoJHDSpRgJwZsQSIdv+752YpMNt40cpdowBDaMxRz6hOrY"
    "G0JfRq7wF8Cfnq5MLy7CXhMIuCIZRnyJVNVHDJPoToB9CrghtNcXCOVTFA6bhcvXRMsXe/"
    "4uWUSaxvoZOkJ5NUVK+fBu/5DlgRbioRlyyjAdhGXMkf7kBL5GfOSKoFwg7DNdLLKj7yTg"
    "Kg7mNRgWUi4WQTZnKRWbB83mxEa8yfeco1WWwiFzOuN1FOR0nlZxesic9ljjIA5zgc21lo"
    "UMnTIpCJgUksiBciG00kleoFOBhZXQxkEZgltXGb3avoa9fUUcEzUHFQjlM0+0bw5KQLM2"
    "7QldPoP6xob8jVnOElr+Ugs7NQicWEVCdWTlj6wYI+GAlwKhfBtYN10RVGC8Kgw6XFhVvs"
    "G6M1UVBh1gYVD6CuDy68VFs1wOqhvbW6ZxsPyDczqNROs46+dW6S5NYIqlIKbFbYnURTjV"
    "aaQPyrioeCe2LWG6YnNItJq6Tp7im1RFAlW8gdUnUWlmPKzVTKo/Es+y6zlGQKet7dsZDV"
    "IJQ0OTGEegOmHo3wHEvumXFPuqhDZNopSd8pDAzfxiRqsGr8HB7CFoXGFruTp4dsECFn3t"
    "9X5vvgmL7E8pCvUNlXxDqcOkOahZIoXreotBfMBvqdjGud47Bm5TtTb1sa43F8Sy0vaoXq"
    "9mkhTY7AcrWvqha8H8Dlr8sCqVzMOb60VzPxm3tk/GtRdgZABGRoA/hz6YQwPMEMLgwQmw"
    "AZLAmRFwkQcMuKTD0BIskIfAG3oPzJ0FoL9pyfpf0FthD4F0z4wOnnGPdSew2CTAQzZbcc"
    "bbqqYaf6xslHTmgj4hJPt/Mh9fi/j/l/H44ODDeP/g+OPR4YcPRx/3k3OgeKvuQPh0/pmd"
    "CRk5ab2SwFhVKstWJFLAMt0gI8Lu7p5WhioTQfM6QPwZia3bDJk0vtBelm+ziLUa7OsC1h"
    "T2DbFXzlPl5RuIcLlNVbFORcso07ZMsFwl4daIlalBa2XKuzlvdEbmjsvEOfjoISr++Q6Y"
    "I+iBB8+x4z5pYLak/6Q7IMaIou54YGH6c8NDixOwmCM8AixXGPjou1+QKjt5yj3mgieBC8"
    "DEThPTW6Y+BxbEjwGFdsQvUyIPvQMTl7Vg/9HB1vIkesAjAiah/8ZoATxnsVmft9USCsNo"
    "trFsD6DAlpKZ+5KZVX2ijsO0oj1EBOIUiYztulpPzjSJ9uhBXFrZuDb3I0vYY/LHy+h/Le"
    "Z+sINPe0JCzXfSNNLleLdfxi+WYLLw3tGr1fBKAm2dy236+11mDRdqcSQet4ury8/x8HyB"
    "jlzsciSqiazmNI0EkHfekMUJPF0I4BWFhIfguJGkUSNoFOUMVaHgNeSwKMOVivofMKzKHr"
    "huF1JR/zsa9d+lrTUJbi8xtqYD36utrUZ61Fpz6xVGwEaE0Ldh5k+H/ukGZA5IMEvGMaMn"
    "u8ENPiAqBnjCXOnACfyZ851ZK0dg4Zm+H1XvTtta23/EPZ6hB2abhZguYPoYZjdlJubNTK"
    "ZxmfMoRd5Httt2/wMd2i6kH2G2lUOLD0iDGT1Et0z9qcsuC6OMxNgqWkn4Ujc/Ir2zPtGF"
    "0d1PYSKczfMPNC/AynQupek8asBbZMGtDS2rWnBckUkkNR6MPxwn6LM/6vC+/TK5uCjK4f"
    "E3WbQQrG9bEdP2Ws8w3N0FTTJUjvtyPTn/fMma6IYz3OOb6Zfzy7PpzUkcm+bd46sbfoHn"
    "Ot3jyde7qy+Tu/MrSrfaXu7xxdU/Jhd3/zgBUQZZ/iBuZO5pvWn4g0X111JWln8U8XgJnU"
    "qtW3oEyy1tVWVpaNC2rPnvinNuj4nO/Zh+PzZYrh8rV+vH8vYsviMCcZpGwg2hCy+zC5eW"
    "A0tOz+ry7imS/su7v4y1t5NC7r7jmrqQHzQmkG9tt19I3PdLdufKsy4a3Z+V++Px4f6uVG"
    "gKPIqALuSyT5H0eNhhx6MaVE+eztZF3x1sv0eHBsgQBHzvf75Ov7KOeyH1Pb6dXp6dX34+"
    "YTY5g3LgHp9NL86/TW/YoMg+ycb9PDm/YJdYK2z29/T363M+Bn13TQ9t1rivdTZGFkGRMn"
    "FpEmkC81vbfvJ21gKu9V7qEnLlqh60q9pyuA03wH5ZhGk9t/O0qrDmkDmtW5DywNBmQsJF"
    "lko+Ybj9srUWJKxzC5MQKuoEV5cwLSFVFqGSMqYMJ+R5ZS71umDANJV04YAH+02WMh1Vrd"
    "jtFxazClh7FWcDc9BvwOMUmTr7h8zfRLHbgMl5WsXpIXM6FZQhumFnKBWXh8zlYuhKgdm1"
    "lSHKyCUSNHuuU5CLIGso7OeoJIK/Pc9v76XwJAdUJSZ0gGkxvLMptEVKtWhV5ofK/Bhygo"
    "JY5kf6E28B3OuAzG9zU+7WKm4Mc3FvXI92OthzS6RPU1PJiXBO/lRZTH1nMeUl3VZWbaPa"
    "uTuKalXp3HJIs0puC+BOkglvAon3hVLjwBbtd1QbkH7bgMSpiJUVh7MDRk0SFjeoPLxqKX"
    "SSVPktKwNsBIjXXmN3EHtWmDUIgYdcx/PBo+cELn+rstrD7T6FV4mzWVm5NyxVZZTkfnDa"
    "KCdoBFgexAiwkP3Rqvrcg4mhBULn7YhnR2be4B5H9tWfwIPj8bCqwEOEDwxTLpH3bOroB0"
    "KfRShFOMfMcxaEVcGjz4/nNH2wgGFSZZPayHHSTVRJN3fsp/OjovSOOBchFUS/CniLrcTR"
    "bDlntYcgCb/j6MX5GOYlKqvQXJmGqfLwdtQmqso+t1j2uTrTrhyz/rPreovSaT9y9OVs9l"
    "LHj75Quu1GmP74vltQ28i27TVFc8jRTbudoSn1N78r+Zm9nVYtZ2fW5apUrdX+81N2WRbI"
    "6jRNZdQc2UvIqnv7+/vvf+T/62obFpNZN4t7biPkeZAiQGt77EqxbroHrCikkwU6iXROGS"
    "yaQpwikQ/j1pOEEzOQwBabplH7K/uq6YoTM2PFFNLIrX03IUJl6mwd4jGFQly1fVLBPoOE"
    "t71gn2oPaKc+PpPoToD9UyYxl7n40vdHtR6+aGQifK918FWDXO+H4g/Yqknna3HVbKk1VD"
    "thytWyGjNNuUImgxWh/bzf3SqMKA703vX05nR6eXfCnOg6lXHu8c/nv/MaIeZ3XjLkZjrV"
    "bn85v77mBUYePIQ0Mjddl3FlAxa139/iGVqBYCPPhERJc5tJc7aJNRLMfMeHJSbiOujzlI"
    "oDm3EgrNhDNkgJzFKqlMAhpwQGrIi7Zpm2WcLmym8sR6XyJEq6qNGlTbSAIBGJNEskzc7V"
    "Gqgm3VR033wuO43XNANc0fXYCzDWAna2F6AyqiijijKq1BpVpqyi8W3gxnGneyWGlcKYUZ"
    "1xJayRTHLD10ZQT3DcZgX4rIH1I/IJwA6wWV+VsA1Lug32CQhwlC41Qwbvg+2hfyGdLhwe"
    "a/zoOMa7vALW2UPqjUBR42tlBXpBK1DP3aSHtk31UOh7N7z1vWHcvi/ZQL7gGl5RyOeqV4"
    "XflNVgpDqVKrVgkPDuulpwEbZsmujcT7pXohTkRtSqBFEDKA2mBq9XCACZO66LvB8IcB0G"
    "LKASeySZj8AT/boxy1qkArfphcL7O3A3R6wzI5g79FcyyX4GLbbCwBsu75vFnMpuHsOTKg"
    "EJbOA88BxGCxmPyHt7whIZTQIWc/4QFhL+iOIx8SSsxDQZAeIAf+HQMUh/cgL6XuGwe0wo"
    "J+K3BsRFYZokfbvo/VnjSvjg05u8XyXTSJSWMphdU2kpDUW8TrQUJeIpEU+JeErE2w0RL3"
    "UyYJ8VfCjxHAlUFIlktimdaykR4p1WFokwqwo6TN9uJAM3DjmkkikV5H5khwlgRLz2BWtY"
    "DlMSa2izZpIiEygdbEXVN4pS4Qkg5vcS6bf1Z9xjw3w0fSrAPiGXCrlUngZzSOYj8AwtMz"
    "Sc2yYOfER4hQ/2NwQPaAHiLkWbdE1Pt+hup3G2knyV5CuV5Eu/b419iCIoZ4gkRPq4CdDH"
    "1TgfF2BW3dlajpoZUCTf0NayTBobCxvbgMcpMhWqOWT+KsPL62Bz790LhsZN1b5gmJgqU9"
    "a6DajlMvD9lnfeVUyr6jsPwwEcmgqr7V6JKXG94QslQ9davq4wSrlGYcFDOwKY1bMFgctO"
    "fYPFZYbAGScAQY/VyF2Y/hxADHgh5hGdY+bggIwKBrDuHnWPWaFdg2l29Gcxp3LsyR0B0y"
    "f0noUg+/VsGH0EgXQV0Wm41rIE3CpG2RNAC0DjXwHxbYrgO/DPJ7T85z224ROzn8Xvzk1z"
    "Nh0E5pQTiL4M90bHb8WsePRl6W9O3u9temS1ezjlsqcPrq9mm94e4uTOloxxbF9JPSl6q3"
    "YNfrlnpH9NSpPszaSoyvSye32U6VU1ZztMPw63UQHhdUWgRFdVFG2NobxRFPC4Jgp4XIwC"
    "ZuecyG6AJO0S375tfECm3IEhL5UJSFn6XgObszJ4U1dXhkgd8CUHPFfYxFBNk6hqBsqEqk"
    "yogzX3iZlQU9aXLXEtpmtICnD2hFkPsRN3WdsSYMm6teVhTR8xwn3xujRUh7iXWKgThlSb"
    "phPed1b/EQf2jF5sbDbtwZQZx811ZJn1KT6zgE2c9NHrs7nZazGZdhaIGa3YArDVBpAVhY"
    "QG0Q5Kwtd0NllfNHM3upzsXU8vz3hBTBYjTtG+x9cXk1NWN9O1oM4KZ15Pztlf0GRFNCfn"
    "F7ymJt2awuJhL2+3VgHJXQck8/+K7DPReOms2O/Hjbr7jGva+4wLVmyXYiQEb0IgHb7t7+"
    "FREakivH+/vbqssHytSPKGTVP3wX+BZZLO9LK9vz4EWOdxCLPAtHwTk3fssX/rigE1gDOI"
    "MjbOGOg3Xya/53lwenH1KW+8ZBN8yic3BJ6HsC7kuEnTSLhnHzRZ9NVrviC2bFTO+GVKGU"
    "sSsZACP1VRXAD8FJUCf2PwffhdDPeIQEG+DeSaiXUrMMoKENcWy82T9lgvN7myswVz48Yo"
    "Yus9TaUW/eaLXvx4VWfr9rAXmgE1lR8LhPKFALXfMMaFSxbHrNmIYiUUdVmklFFob11VdT"
    "3n2WS+Gw89IKbviBkFSqmlsxB0Ekeo4qA2kWZ2Lg6KmbA34HGKTIUzDpm/DwgZzFWtUfhL"
    "VfBbG1pWpYhWQi5RiNbB+MNxIp2xP+rksdsvk4uLogCWIKQ7tl3aePYOfV+HbopWgtOp7v"
    "uZ/n5Xbz5NPp+Lq8vP8fC8TbWCBeL7WI5U7WWD3ssC68G0uBhd54au4HQZsQQfW04UbOTp"
    "rHF0FvycYUKTxnJBkV1mz1qTCpWhVPWB8sdHBNJmpqsSYmkQ7tmOUhH5JcSO6jkkkpl65k"
    "v/FVmGCbvKJhgwps8mMSlGYqhmidRSVUkar6DOzcBW7LZlblbpAyXbQQuoflvNJCew2U2w"
    "AbYlMlYLOJ+lppIT6GrZVDgfJsUMqq3bvGq7hp5RaaEMkQLvk2S66TPaxQOwihmZFZyuKN"
    "V3TfxdxKuNlcWzqZouql059zMomT6y2wDpnM4jE0adJ++Fq6oqgy9Zc2vS+ML9kw9s0lrM"
    "Ry4v+LYqkPYvJ/AwWkads0wfLCCJslVGrIsB66VlI48VXPOBh1zHY/XgTL+ky3Dr0ws2Q0"
    "gna6puCAPV00agOgnvVeSI3f5yfn3N0r54nDLLCbv6eqf9fHWjnU0vzr9Nb/5xApzA1x6o"
    "dBtLXPc4usfooouM8nRyeTq94ElkOsPE2jCPrH3rP1V8qJAilFCZIpHOvfK+UaTN+5pIm/"
    "fFSBu23T/Rd9ACTyhlL08nI9oN4a7FW4U2vU538UuUIhoaPzs2yfZdfmRo8G5df+SF62Sv"
    "VL4qBSbWB9fpL2Y8rtVaJI3UhDZLjTwF4X7VwtRK5+hV5wg511R2ioYPWcPYUGhqv+7p8C"
    "sd9AZuJ5H29Kf6muuZZbkNdeEmWTqZxJWeY0z+HUDsm36JI6kS+zSJTMi3FhJhmZgd5cI5"
    "gVk6maDteVEr7UdpP0r7qdV+rj3HCPRS5018a1Sn+bipQV2VYGSC6oDqL+p0/kfHWyrNaF"
    "Cb1EhpRkozkk8z2kApUvpQCzH3ju1CuuXDjdTSMmqJopt75oVpU9lF1DOYIVJuwYZuQUGQ"
    "FbyCXtdYdBTAOE0jI9DtBxNQYV1/EpCik/ESbdGtGbFMolGdznwuOwHrqrhl6Hos4RarLT"
    "tbwc1DLv08TDLXDLgUabtYJFTruSTZ2EOsbi4ytI2BrptCQV4iSw8n1mhgSMsUahT1196A"
    "y1lKCSPKWANX4wpby70ka2FH2V7IuVCp1CrndyAulvU5vyqfr6PMqzA3ePv0K5ZBLVv2VS"
    "Zz10LetisqcstN2FSy4vRsokU7MH2jM8mEUg++4HBlVTuEk5W31iuswWRok4y+ueO6yAOL"
    "uQMgeUIG8B0wQ/T/LQPAmRP4AIJo5hM6CmGWhGcSwH49MDHgdhzwhuXhLUzjEfk/8LfKZ/"
    "Z18Jh7fL936fjmwxLY6H7vLXC8mJIA7gEAhue45B24Y0+hkzBqHhPA/rUMX6QqUfCPtJf9"
    "ia5IbkIIf0a9YzzmQ3goxqSYvamZCNwvkV9Y5zyRzKndi7Ok2vUdM72puTkeL6F/9mMDU/"
    "PHSkPzx4KZOfoCBcBNkUiI7/i4kf/7uMb/fVww5vfcxW9g0ncPTfxYvjpGQhCnSCRcxi1v"
    "E5ajUzFIBN4VhXz+vta7fA7IuDy0Zb27ZsaidTkns4rwOUeqvAhD5nNWY2nskEsTKZuyKn"
    "naC6aq5Klyf+yS+6Nkn20B11SaiKTIZo+X9diq2qdt1D4dRmIU9x9U28Jj98J6U/hzPHKt"
    "JfxuDpkJOoIGWI7DjNQwZZYGLn3nE+BgBDxnAZg1Ox4NsRGPGoEHeoGgR9bwgxSL3HX4nF"
    "IjduqziHefxlldFiQhhK1ndmU/7hafo+zhg7SHV7gWa+S1aHx/IvD7AQtqmV5Eppf5Wgqg"
    "ruk7VSRXRphBK+e53VGQ30Vqxe5Bs1vZYpQtZlcwfSlbjIy4KmPMuu29ZWPMSxgMdhXZJh"
    "YDZejqztD1QtaYgMxvg1n61xdNMvkxo1q7DB2tkfzwBmGKM89ZEN4QgE0B0lOMgIGMwLVM"
    "lrNrgNkSIGzwBpVgYfpzEwMI+M5Q1nGgtXnri+nElNocknlzA8wqnbNF20v2W27nEaqwTp"
    "+FdbKrqYBvTZRWnlDCQKL2i+3EqBWRrm6wnqaRAuQ6FbuL1uru+OjYEFrcKwopAO+hZAMM"
    "fCGE4/ES4nswbgDvwbgSXXZLlXB40RIOkSgnsqBTJNIFfba/og30XFqTqxrfFYV08LYfU6"
    "tCljuFl7k2/p+DhQBO00gHcfuCsooK3+QI3DkPlao58irYbCAuh27I6iK1SgHYFW7TzZiE"
    "ptnmgl4ZtXRHZvsytfJKy+OVHtjupJzSg3DvDd8pPbB124JPmr4CuPx6cdGs+FTUD9lEWx"
    "a/OYuaLcsDeaeFb26QzX6ux8pP3UGL1+kruJeLg0Z1/mUvGq7x2lh+QrDWw8zmJ6w6DUEg"
    "noT+jTwEXC/ArNm87gSYOYId+tnxqHwDLuMO9B7SHcb6qAM9MBxETvZy2HfykHv8z2gq45"
    "8rgmR6sKDERoB+Av/ULVN/So9iGQbsdnRjxFzc7Dl0nSPisyH3mI1xHuhl9s7RQPoX5Lfj"
    "ycOyPNFb8V8QTUoYLavGs6Av4yx+IKuf/baB19ymkmQQ/pM+jf+HDmb/zHvQVdj/IMP+Uw"
    "xsqkmkSCR0M7Vc5SL6Kop6eYWWBsvq2WcU8R1EuAZSplnnIYt2EBHYViSvGjp2ppaJSHUt"
    "WWKS/hTVfQl2VGUfUIrsiwv/oxYr/XarR/gIsx99QUUHtFeqRGRGrNEgorH00I4HN0geRl"
    "ya5lJ8KB7Tf5EwrZcdECMq9Zv6HFHxnSXw6ogQQNcTUwdMn8INnxBm4jek4jM2TDZv2Ic2"
    "lzvcxWPu8ddrttszWguBBw9Rgd7xAPrumh4y3o6o0I5Z/hiADz6dGHEdZAZ9fc5ucZiMsP"
    "CmQd+uSq7fRmJ/LeJ6ZxGjL9sv8GWh7TiuYO5Ypc14q8FdUUjnIGk/piDcXrSA7skl1RLX"
    "5L7maJUHcsgeyAeT9fTZMKk9Q6r4PDQ+F8TvlxEVb8NyKWUyYnyrVjgkqUFNaqvDZyY1BY"
    "aJqOZwQoU1CxHAbLhJPXTuNjf95QhAywotrcgGvNTLMvnTZrIWXR5lCUydPEOJb0p8G8ze"
    "l7OgNsmD+FidBvGxkAXBV76QiTom6FF8o19uPxLcQZMIl+oAlzy4fDsqgvv326vLcnATgv"
    "whbuo++C+wTNKZCWvvrw8B1hl8YBaYlm9i8o49729dIV8DNQMoc6AXcqry6VO5k5pNkM+p"
    "UvG50gpYKj731bFZuQaUa0C5Bur1vbnpuvQH3gRWqWMgc39Uq/lFIzUvHrpO/6sGuT7ohc"
    "fPeFuGuCiNa0uNK+aCgFqQIpGwCU4DtaA67r0Q9j58hXbvlu7pBt2B+lG7Osnv96KolObx"
    "GjGFCtfYLFyDOU81OHNKs/5rcM/SSZR9oMJllEysZOJhycTcKzD1wjjbUqk4M2KNXMzHai"
    "g1uGmt/YiW1V5DHmGhKIDJYzyqnM3HQtJ5WAkre08p4sB5ugyI/xO7OgqDWZ7QEhkF30gn"
    "T7nHrHRW5DUBVFtn5dLAG8xDblKX3o7C+BzssEpxj8Cmi4G1syUI+6z1rek3dLRU1objHR"
    "ejenIjVbltOHtnnVqRYpqA9JulktCp037YCMQOXtpOQEqFgZoSVzk6CcE+bKJpHFYrGodF"
    "PSPcLJGhzYQ05jydhGAfNNLrDmr0uoOiXhemWIl41VYUw3Crsccqt5pyqyl/y27xU+mWSr"
    "es0y057mUqZcyQGk0yGdKqZ0V5UVTc2hAEwffjRgb+cY2Bf1wQBN1gZpm69oSExO4slXQp"
    "Hu0rkwRRQc1ngAmr7iWkCnARwAmCFirZm6tLr5cSS7Gj1EnTXdRgTy/e0vr3zda9TGXwOy"
    "3nAC3LYX36HM98pFqyiIJfQjoMTV+uANrA8xDWxcJCUjQ9hi98vT3rCvVOA8Z3pAo2wj9+"
    "ve0H4FddCvvr3Wk/KHdQDbv/ELJNt4p+IG45hsz1TB0RzcS6FRhU6Yffi1DXdtoon6DHlh"
    "vJlZ3tueHCJUuI1GxEQTOEJJYSUiWxtC6xUK2QlAju1WxJCIbBDKkcRTMPYoO9kAA/0jSK"
    "Ja2zhDekdD3HdoW+khyZYkzrjHmGrmlomxk4y2gltD68HzexP9BRNSblgg0iws7jxfw3tM"
    "DVzSEFH/o2xGEKteZ4rLAxDuxZWbmhSl9VKW1/zuj3+/vvu/oaWu4bAH36vFnAi7+FBYu1"
    "uRN4JVJtJdh1U/SH+YfxjiAeV7QWOXrTNOrcbf3cjeHViA4x3rTyVvUsqjbTkGOc2E2btz"
    "kQ8z5kydRn2b4ez05xGxECH8XqqRQIFXNaZ47lLKHlC51iKRLFkNYZYhL6G2xH0B6colJG"
    "YAEjsIp/rhaY6Q80rjDvbcMb6uyGrBBJWNuUcSyTKTT0jEoTF0S6LE2S6abPaCeDqKuifC"
    "skMc2G3lNroH2hk70CzFhd9LYguwmwrIjp0Hah+bgtVqfRNPLCVN75RAgiT9q9Kmm2tnUL"
    "vUybNymhone3PwNPw1lkBekFGjLuMk7Ldr69GC2pvz/DJDzIig4ztgYsmuuU/ikrXmHpAR"
    "K4q+oSW2E2ZfPdrqaTFbfIvqNBvSpZWwS1i3C2STiZ7Ji18GlGgMn8ZcZoUTlg+5Mywmsa"
    "R5/KCBj3gW+J05UXde6RESDXc4xA33avug5nkRwkDVpoa50wgmrCppIdr2cTLdqB6xudSV"
    "q0WFwhCWbJE7aFjM53m5pOVtyKfd+3PhJLO8/LiF3U1GhLuFL9k6QEKV3/e1uoclXH5cQr"
    "Uxdya8TyFSllxMxGLDyTrbRt4WKlVL4ks8mKlw+/a+w3bYnWHfx+s9Pt2+tRejaJSdfDli"
    "B9C2eRFaQFms0d50lry/L8Wzif7AboGDaEDdcxt5YhItSm0WzSo9ZCNEQMmWyhEJ1XKUsd"
    "j1X1yrIn6JrKZZqdHd1ye5iAhHansEqa6g3zklXNPEesQEU8vseUfmeBw/Wyi+UpVKHN9j"
    "Nt2P4hBmmKQiG6vnRpvEFn0RWuXDoxbBN/JVI5GUa56qWplVVevLSwGbQArCoJWx2r26Ww"
    "FWvXJUJWSvGuFq5iJb8LoarQc4+Bih7ZXErCemXd94b23XdaOila5CIybELRoxTbkwDbrP"
    "NeTeO9HexueBcWu+oe3aMm6B5Vo3tU2tVQm7kC226KQomyZYUPXJf5S+npqMV+rhKrVF3q"
    "XMUMKo1OII1Oqb2qv4RSJmqVidgLVaJMpBxU1crEc2rQ2i6FEzDznAXVVYGDAQQ28vQ5xP"
    "4PBNBJ6Pgn7Cwwaw3I2v6xKm2ODUyD/7UwDapngCeEXMIueIh3+8u0J2x/+nodh9XByms1"
    "9c0FVV/BQe1roxqFSbBAmrw10dov4xt+CgLgJgQSdoE/agIvHVWtih4VAGbpzchnsVX6Kq"
    "1NQPYspVeSp4DkuQP6ak+mgE6a9MwFS60nBNLhe9DEjnVQbcg6KFiyonbLRXhrilWtSFTp"
    "ncwO0k4tpJ3o39DTfvKaWzf0A3EHzadssqEkkqNUMoiADLKYQ59QzX1D6MvIFf4iRbx2xO"
    "XW07bSssNNlUirxl2uEmkZWQgSXyMI4Q34nqdVnB8K52OMUqwvpj8pX47y5XQLbx++nIGU"
    "1huYTbRRkkd/JeN2Ep2ey6DtIkYvUAVtF2Hqs6zLLuLzggVLdhkuVa+kEVovX69kVxZZl3"
    "Ex+XTjkviYkozk6jiZXDp0OHptwMwVRoDntALfAQ77I0rkPQGUNQEyRsBDrFiZARamPwfs"
    "tzsPDyMWwoJB9Cx60/HoE0wLGcWgmW4eURI4Ux8oA/2AA8Z7a0HfR7bL/rtVwAz7rFIPiX"
    "9YJLlH9TT4P8PHt/istIqQsjf1Fv7zyXx8LRFAfxmPDw4+jPcPjj8eHX74cPRxP1GLi7fq"
    "9ONP55+ZijxKGzjWxwmlllFTK2+KRDor78F+E38/HVXtkd4v+PtX20MR4ikO7IJdImcGiq"
    "l7RDvcOwUx3/ufr9Ov07N4573Ht9PLs/PLzyeAKmWsZe09PptenH+b3rBByd57j3+enF+w"
    "S+EOfI+nv1+f8zF0szG96D1ePIkj2tYFu/8lJP2Z8Pa73bFayzLIH5YFXOsN4iXkEtrEd9"
    "cGXuL+cPSnTRsI5mlV28Ahc1q3IOWBoc3E/McZKvmiZQ+bnEmH1WfSYeFMCp2CXELgVbIF"
    "zqYy0o3OqKFB3vIpxXGin4bLbMsiq7lAKJ20/H6/kbjMhtXIWUWBmSNnBF7U7UpE4iojVa"
    "u6YlUjz3OEVL8slXTruRPtT0X6vAqJh38amyszJeRKwh0yvxPzxQbMztMqTg+Z0znDe0NB"
    "JEelArhKhBDuuCmFtc4BkKaSCdZePAEqIlFFJL6463skHJFYth+3AKy89aXzEOeOowYoP5"
    "fm3GwMsWT1qAv4pg6lIRVIya/w6kCQ9EewPhAk/RE2qZySqmby9eYCRBFCM2SwuA3i2FEU"
    "BxmFYRqmTwCrdkLoWqPsAQRRZdgHbwiCFjLelhVP6eAJwmEgq23MJBpFhEr5qmbKoE7rUU"
    "0sROAJlfWIhktYM2W8f/ixSbobHVad8cZvlsj7Qqn5K4phZOaz50mTmZ9+TYF1nyOTzgo8"
    "bmQFHtdYgcdFK/DqPCggXZvGnKHrMX853td3Nn05PM+18Dgvgn5HT9kKJTdPKMUGX2eQm/"
    "5+V7+3JPa4i6vLz/Hw/IZTCv+8VE+riS3MkkkBfb6iUKOCQjX1hJSD6VWaoQPX2JDNWUrF"
    "5kGzWZlllVl2IDatdhLFVQfFIWSChfbXGutfbJ9tYPpLhq61+906NvLnzLzmz6EP5nRyyj"
    "IDmKzAMV9eI7DwTN9HmF1jpYzpjJjAUO3mRDY0EDBj4qLlr6NnbGH7UxlTu+8nrbYSVjut"
    "ayoAV7usN9RpXpYRHUc1P9GfJQJvPF5CdbF9cFXGX/cxny5cWg4sWcPVlu4USf+m7pfRzT"
    "oxaitryCasUGryDvJTqclKTVZqcjtq8oRCr8/3ShTk6M6oTjWGqzGtdiTNaZwqHKTPcBD6"
    "+RBB13iKREJdZHx01MQxfnRU0+zlqFBVwS1p3FiNcDRcQnTfN82lrEulLPgGHeyXxnFWKy"
    "IpEqWICCoiBWmqz6DPP/8/MX9nVQ=="
)
