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
        CREATE TABLE IF NOT EXISTS "product_pair" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "order_count" INT NOT NULL,
    "partner_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_pai_product_d3e951" UNIQUE ("product_id", "partner_id")
);
CREATE INDEX IF NOT EXISTS "idx_product_pai_product_8a04c3" ON "product_pair" ("product_id", "order_count");
CREATE INDEX IF NOT EXISTS "idx_product_pai_store_i_89de6b" ON "product_pair" ("store_id");
COMMENT ON TABLE "product_pair" IS 'How many confirmed orders of a store held both products (\"bought together\"). Kept in both';
        CREATE TABLE IF NOT EXISTS "product_sales" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "order_count" INT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL UNIQUE REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_product_sal_store_i_5546aa" ON "product_sales" ("store_id", "order_count");
COMMENT ON TABLE "product_sales" IS 'How many confirmed orders held a product: the bestsellers of its category.';
        CREATE TABLE IF NOT EXISTS "recommendation_rule" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "product_id" INT REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "target_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_store_i_f502ac" ON "recommendation_rule" ("store_id", "product_id");
COMMENT ON TABLE "recommendation_rule" IS 'A merchant''s say over recommendations: *target* pinned first, or excluded, next to';
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
        ALTER TABLE "cart" ADD "loyalty_points" INT NOT NULL DEFAULT 0;
        ALTER TABLE "cart" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "cart" ADD "sms_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "cart" ADD "loyalty_email" VARCHAR(254);
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order\nAUTOMATION: automation\nLOYALTY: loyalty';
        ALTER TABLE "order" ADD "points_redeemed" INT NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "points_discount" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "store" ADD "loyalty" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "store" ADD "recommendations" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "store" ADD "text_messages" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "visitor" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "visitor" ADD "sms_consent" BOOL NOT NULL DEFAULT False;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "cart" DROP COLUMN "loyalty_points";
        ALTER TABLE "cart" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "cart" DROP COLUMN "sms_consent";
        ALTER TABLE "cart" DROP COLUMN "loyalty_email";
        ALTER TABLE "order" DROP COLUMN "points_redeemed";
        ALTER TABLE "order" DROP COLUMN "points_discount";
        ALTER TABLE "store" DROP COLUMN "loyalty";
        ALTER TABLE "store" DROP COLUMN "recommendations";
        ALTER TABLE "store" DROP COLUMN "text_messages";
        ALTER TABLE "visitor" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "visitor" DROP COLUMN "sms_consent";
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order\nAUTOMATION: automation';
        COMMENT ON COLUMN "automation_run"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
        COMMENT ON COLUMN "automation_event"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
        DROP TABLE IF EXISTS "consent";
        DROP TABLE IF EXISTS "webhook_event";
        DROP TABLE IF EXISTS "product_sales";
        DROP TABLE IF EXISTS "loyalty_account";
        DROP TABLE IF EXISTS "shopper_erasure";
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "product_pair";
        DROP TABLE IF EXISTS "retention_lease";
        DROP TABLE IF EXISTS "recommendation_rule";
        DROP TABLE IF EXISTS "loyalty_entry";
        DROP TABLE IF EXISTS "delivery_tally";
        DROP TABLE IF EXISTS "loyalty_code";
        DROP TABLE IF EXISTS "reminder_cart_tally";
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "cart_tally";"""


MODELS_STATE = (
    "eJztfXtz2zbW91fB+J8mO2rGkRMn6+7sjOOoqbeO7cd20uxTP8NCImxxzdsSpBW9u/3uLw"
    "54Ee8iJJKmYMx0GkvEAanfAYFzP//ZsxydmPTVsW4Z9jWh1HDsvSP0nz0bW4T9UXp9hPaw"
    "666uwhc+npqcAMNIjaaGTqnv4ZnPLt5hkxL2lU7ozDNcP7zZ3jGixr1N9B8NG009Z0GJh5"
    "w75M8J4rOhmWNTxySv0KlP2QfnwSBohj3PIBRh5GFbdyzkOw/E/gk5trkEUri17szYvQ37"
    "vrO73Nr8ix8ouv7l+Mfx20NkUPRAXP8VumZ3Y7dGTuAjYusUGf5PbB4XU7pwPB3N5ti+J+"
    "El8ki8JZuUvILHDmzj3wHRfOeesFt47OF//z/2tWHr5Duh8PE/e3cGMXX+917Afolm6EDJ"
    "JiO6hv09GE++u17IBhpPEXHVDkwTeLZ0Ocs45XfGJP7hTxjoPmj8Dpm1EN6Df6/FtCdz7P"
    "3MRwLeU23mmIFlr0a7S3/u2Mlwxg749p7YxMM+0VOLAh4qWkTxVyEQ7AvfC0iCgL76Qid3"
    "ODD91U9iT7D6bk/Tzi9utOvJjabtFZZdTJFaI9FXsBAYGobtU/77LfxdM4l978/Zx8M3f4"
    "b3WeEQjoIbfj2+Ovnl+OrF4ZuXcEOHrfvwrTiProz5pT/5FNjH2oqNK5hnHgFogI0FuD+y"
    "K75hkXLIs5Q56PWI9FX8xyaMiL9YcWL1TvfAihrob04/T65vjj9fwvQWpf82OV7HNxO4Mu"
    "bfLnPfvjjMsSmZBP12evMLgo/ofy/OJxxOh/r3Hr/jatzN/+7BM+HAdzTbWWhYT2MSfx1/"
    "xYau2Gxi6rN9ktgbMDpPq1g9aFYn27Igm9N0LbA42jQVh9vnMD+DMcO/hMfVR2SWqp2jsg"
    "lT9/Z6OSrH+/sNzko2qvKw5Nf+zCAdy08a9bHliqBdpOwP8Z0TT3JLu0z0O7X9mmVdKv4Z"
    "4UrfNYTv4SF+HL9+8+7N+4PDN+/ZEP6gyTfvakA/Pb9hiIJQffdQKu8BXEV0f3Y8wjSIX8"
    "mSg3zKngjbM1ICalpF+xLNtWMI/xkvofjb1Wnl4UWiiqRXFgOA/Wzihy/98fXJ8cdJqLtM"
    "8exhgdl7nsEbrjhjJ/dNMrZ4yRpb+W+wzTZrPfoV8MwF6KtU55gv6/TmeC2sVZqroV2vPQ"
    "opeJVvedMXPOLjcNW7Ft7uUY06RyxsmCLnVEIgne48ftvkdGKjqgWCt4XzKTnW55jON5IH"
    "YkIJxYFORDBloKhGn/1A/cI2l9F7tiM6TrQlFFScgtRSfb6ulgeNjY6FxfEhovz51ytiYj"
    "8yENeIMymL844thCqJJvMiWcSaEo/ODXdLsK59Ji1+TmaTCa9O5Ta23i0O7eSR8FsWpbfc"
    "kHoZLhmskWT0WvfHtWMxSQ1cBf4c+2jO5me805HvgLvAc/Rg5iPHQ9hm/9eJFw7D6M50Fu"
    "xLumBMRy9gqDEjaMHui3RnYY8KHpCubnTLeObMHtCMQYeAM6PUfAtMEdtkiD5azWs5j0R/"
    "+RMi310MJi7kMM0GMaY7yAtsOgJPCHKJxyaeO+whPWT44J6ZEQ+uTpdoMTdmc/CawH1mbJ"
    "dAMxMbFjhZ0J3hUX8TR0r8ONHxlDqsenOnfDDun4vA/dfx+ODg3Xj/4PD92zfv3r19v59I"
    "3sVLdSL4h9NPIIVnzsX1Yjks6nJpcWIHVkHnznAiph2ywLh3eXV6MtE+Xl1cHoVvrKZ7jn"
    "trfzg++VU7Pdeuby5Ofj3i76sGHlt4hdnVq4vfrifa8Yfj848X558n5zdHkbdUw1NwgdoW"
    "e+9v7avJ5dnk/PT6l3CIR1wmcxp0Hl79jc0P9zlCCzY13OLWPp/8ph1fXZ1+PT67Zj+IMN"
    "nD84xH9lNv7Yurj5Mr7cslyDnsIt8ltMAFQZBdvbxg7LzWJt8uT6/+yX6MAytJY++j4S3z"
    "m1wjobiRFlKjhBR0EFhlxcX0j+uL8/JXOR6fl4ANtmH+F5kG7cxMtve3u8CewRpB08Awfc"
    "Omr+C2f+/KJFwDNeCTEX5jiF98Pv6WR//k7OJDXqqFCT4o5eQ5OlxyZ7WQVy1LqhxrQ+Zz"
    "eBQIGSbTJBv5HwbGznYMlCmDWSiZi4GaJVKwFmGloIOLgZomUZ6y9Z4yjlcLrrLreJ4dg7"
    "epmyy9rsr9ZCX7QQu4Xq5m2q29oCmw2V1wPbT8KGoB2It4HjlhTZ/Yg/LrJva8z9h72Ks1"
    "D/IRo4bWQSsevNY4+IuzYJc8hBF/qX+gYBczHKayITrDNnoRKucopZyPQOn+MbTD3Qbj/f"
    "HhSzTHFJmO80D0I0TwbM7DkAsGwi5vdmv7+IFQHm/t8cjnO8+x0Jx4BAyQTP4Du57lPIJ9"
    "0mDzUgf5Cye27zFKm9v7+IOAfZBPUmXm+311VgDB3v8pF/gTusA5CwqwVntm4/FDtq9t6p"
    "Bt3fYU2H5ZfEG9DpwQKTPHoNVfpVQopWIgQtp6peKphbSroDx3LTOgqYjmBQ2z1y6YLAIO"
    "ISYtWUxQYQ8J8gxIKLHzEk8hB4x/E0z/RWY+unM8/tmZzQLPI2xdvUI3TDAK1wR6IEtkFM"
    "Wzzu7EZDP2FfhXf+SJbfcBZtKVT8gRmjsLLnYx+JcpWeyOLVYuyq3mDb22TEBE5LtBfQr+"
    "Xj2cma0t3QC8sIlCJ0/oWmZPEBDw2VLEWGGw+0CuHQ1mM0J0yh+ogYAXe+MiEPif4a/nSz"
    "V5wIIQmHH+stfbD0LM2a229PnCFp6ZO7WLlzwtk6OVl1l5mZWXWXmZ6yT91JbRWJNakQx5"
    "GW2qTB02im49rIluPSxEt/Ycrz0wk10PAdupw7nxMl6RSLiM28/ZSgk9AihnqRTQDYBWgT"
    "+V0Pcd+LMS4DcRtlbUPabhuoTpRQxCUZlrcv7x9PwTk1FC+lv7motHlEtF17+eXl5OPrKP"
    "DwY7+/VNZJfXTc7V19XH6uvCqRopVQXu1JspV1TKTjloO6VHMHWEbPwrCpX3rpKu1IuUJE"
    "+FtiBBHqfIVDzjoPmrHDqtR949GtRgGImhmiVSAY3KT/YkwXfRMmwB16+rmXZr3TYFNvvG"
    "irogU6pI4moq8YwIJN1+DOdZyoN4p8m2J9hyMVvReyUu2uTaqM47O0uPalBV1A3oPO0pxU"
    "xDvgfXAdT9XMW40WAKhJA7PeJxaJACC3mvXGwqeGFbnFcwP3Vlo2DiXr95qc/FXdhZCNwD"
    "+1ki6nE8vkfleBawlWv1oyK/PmxiYMoL6ikD02FeP/YN3xSydicEEhq6X48bGfDGNRa8cc"
    "ECMXX0pQjA8Xjp7DtvGtl33tTYd94U7TuBJ+R0jIbLuHb3G8ELw2rsz0WAjZmYgTIeL93y"
    "7Qxgi8lDQgjHBArihhBj7sAr0VuqPY4pkmE4HeF+0jgdfb9k164UlqPR/Rnx3h+yk2bQEn"
    "P6AGQIzIQkjBRJj1uI7XgWNvvaSNp2xEaqqgjMKZIeYcZmTxgfjBtgfDCuxBgu5QzS2DMw"
    "3Etgn07TqI269Y16B6ND6GxO9MAkuiAP9q5Pfpl8/HLGY0DiOXiMSBg1QuOokZPj85PJGR"
    "83g59t8nE/H5/yr+6wEd/7yZX72N5VYN9ar6hye++EW9R0ZtjUYkY0PZiyVPJpEa2/RyqI"
    "5Fm8Tey48jZjc5ZShZIMmcuMVffEJyLemjRJf1rormigIPEEZTEO1SdQikS64+egkQ3roM"
    "aEdVC0YKn4JxWoM5B4km0S2lU0yZNHk3il9dr596P6KBKvWWH2agCE4zZWC21lSQgTT7cO"
    "48ilmntk5sAy0mw2psM09ihNt/XnTwV5qeCWIR04I1Qd3MJ7IIuITQmBdC2O2k8x3EHLpe"
    "OG3BUxWl5cTs6PEFDe2icX518nVzfcMOnYbDvzh2KIVMnhHSeHc7y0GXZ9plZtVN27bAJl"
    "yBiyIQOqYTI22Pdchix1Tn5wHJNgu5zlpfQ5lk/ZBF3td8k3/fL5w8XFWYbFH05z9WnOv3"
    "z+MGE7HOctG2SE+k3R8sH/FdjV4vHS2Tw6CZx0GUZC8CYE0uHbvq+dWnTDbSNHqTYMgQ1j"
    "Mcc+ZTr2htCXkSv8BfBnpyvoxUXYawIBVyTDiC+RqvqIbtCZE9g+A1wX2usLhPIpCm+ahc"
    "vXRMsXe/4uISJNg36GjlBeTZFSPrzbP2R5oIV4aIacMkwHYRlzMntwAl+jPnFFUC4Q9pku"
    "FtnRdxJwFQfzHAwLKReLIJuzlIrNg2ZzYiPe5H3O0SpL4ZA5nfE6CnI6T6s4PWROe9A4iM"
    "NcYHOtZSFDp0wKAiaFJHKgXAitdJIX6FRgYSW0cVCG4NZVRq+2r2FvXxHHRM1BBUL5zBPt"
    "m4MS0MxNe0KXz6DesSG/Y6azxKa/1MJODQInVpFQHVn5IyvGSDjgpUAo3wbWTVcEFRivCo"
    "MOF1aVb7DuTFWFQQdYGJQ9Ajr/cnbWLJeD6cbWlmkckH9wyqaRaB1n/dwq3aUJTLEUBFrc"
    "lkidhVOdRPqgjIuKd2LbEqYLmEOi1dR18hTfpCoSqOINrD6JSjPiYa1mUv2eeJZdz9EDNm"
    "1t385okEoYGprEOELVCUP/DrDtG35Jsa9KaNMkStkpDwnczC+mt2rwGhzMHsH6hW0uVwfP"
    "LljAore93u/NN2GR/SlFod6hkncodZg0BzVLpHBdbzGID/gtFds413vHwG2q1qZe1vXmgl"
    "hW2h7Vy9VMkgKbfWFFSz90LZjfYJMfVqWSeXhxvWjuJ+PW9sm49AKb6AjIKPLn2EdzrKMp"
    "ITa6cwJbR0ngzAi5xEM6XrJhZIkWxCPoBbuG5s4Csd+0hP4X7FLYQyDdM6ODe9zaMycwYR"
    "LkEQtWnP6yqqnG7ysbJZu5oE8Iyf4fjPvnIv7/dTw+OHg33j84fP/2zbt3b9/vJ+dA8VLd"
    "gfDh9BOcCRk5ab2SAKwqlWUrEilwmW6QEWF3d08rQxVE0LwOEL9GYus2QyaNL7SX5dssYq"
    "0G+7qANYV9Q+yV81R5+QYiXG5TVaxT0TLKtC0TLFdJuDViZWrQWpnyZs4bndG544I4h+89"
    "wsQ/30Fzgj105zlW3CcNTZfsT7YD2jZhqDseWhj+XPfI4ggt5sQeIcgVRj757hekyk7ucm"
    "tzwZPiBQKx07DZJWM2Rya27wMG7Yh/zYg88godu9CC/UfHNpdH0Q3uCTIo+9smC+Q5i836"
    "vK2WUBhGs41lewAFtpTM3JfMrOoTdRymFe0hIhCnSGRs19V6cqZBtXsP26WVjWtzP7KEPS"
    "Z/PI3+12LuBxx82gMRar6TppEux7v9Mn6xBJOF94Z9Ww2vJNDWudwm324ya7hQiyPxuJ1d"
    "nH+Kh+cLdORilyNRTWQ1p2kkgLzzhixO4M2EAF5RSHgIjhtJGjWCRlHOUBUKnkMOizJcqa"
    "j/AcOq7IHrdiEV9b+jUf9d2lqT4PYSY2s68L3a2qqnR601t17YBFmEUvY0YP502Ec3oHNE"
    "g2kyDoyecIEbfFBUDPAIXOnICfyp8x2slSO08Azfj6p3p22t7d/i1p6SO7DNYpstYHYbsJ"
    "uCiXkzk2lc5jxKkfeJ5bbd/2CGLRezlzDbyqHFG6TBjG4yM43ZQ5ddFkYZibFVtJLwpW5+"
    "RHpnfWALo7ufAiKcxfMPNC+wlelcStN51IC3yIJrC5tmteC4IpNIajwYvztM0IcPdXhffz"
    "4+OyvK4fE7WbQQrG9bEdP2Ws8w3N0FTTJMjvt8eXz66Rya6IYz3NpXk8+n5x8nV0dxbJp3"
    "a19c8S94rtOtffzl5uLz8c3pBaNbbS+39tnFP4/Pbv55hKIMsvxB3Mjc03rT8DuT6a+lrC"
    "x/KeLxEjqVWrf0CJZb2qrK0tCgbVnz3xXn3B6Izv2Yft83WK7vK1fr+/L2LL4jAnGaRsIN"
    "oQsvs4uXpoNLTs/q8u4pkv7Luz+NtbeTQu6+4xozIT9oTCDf2m6/kLjvl+zOlWddNLo/K/"
    "f7wzf7u1KhKfAYAjMhl32KpMfDznY8pkH15OlsXfTdwfZ7bGhAdEHA9/7ny+QLdNwLqW/t"
    "68n5x9PzT0dgk9MZB27tj5Oz06+TKxgU2Sdh3M/Hp2fwFbTChs+Tb5enfAz57hoe2axxX+"
    "tsjCyCImXi0iTSBOa3tv3k7awFXOu91CXkylU9aFe16XAbbmD7ZRGm9dzO06rCmkPm9MzE"
    "jAe6NhUSLrJU8gnD7ZetNTGFzi0gIVTUCa4uYVpCqixCJWVMASfieWUu9bpgwDSVdOGAB/"
    "tNljIbVa3Y7RcWswpYexZnAzjoN+Bxikyd/UPmb6LYbcDkPK3i9JA5nQrKEN2wM5SKy0Pm"
    "cjF0pcDs2soQZeQSCZo91ynIRZA1FPZzVBLB357nt/dSeJIDqhITOsC0GN7ZFNoipVq0Kv"
    "NDZX4MOUFBLPMj/Yq3AO5lQOfXuSl3axU3hrm4N65HOx3suSXSJ6mp5EQ4J3+qLKa+s5jy"
    "km4rq7ZR7dwdRbWqdG45pFkltwVwj5MJrwKJ94VS48AW7XdUG5B+24DEqYiVFYezA0ZNEh"
    "Y3qDy8ail0lFT5LSsDrAeE116DKwTuFWYNYuQR1/F8dO85gcufqqz2cLt34VXiLCgr9wJS"
    "VUZJ7genjXKCRgjyIEYIQvZHq+pzd4aNTRQ6b0c8OzLzBLd2ZF/9Cd05Hg+rCjxC+cAw5Z"
    "J4j8aM/EDZvSijCOeYes6CQhU8dv94TsNHCxwmVTapjRwn3USVdHPHfjo/KkrviHMRUkH0"
    "q4C32EoczZZzVnsE0/A9jh6cjwEvUVmF5so0TJWHt6M2UVX2ucWyz9WZduWY9Z9d11uUTv"
    "uRo09ns5c6fvSJ0m03wvTH192C2ka2ba8pmkOObtrtDE2p3/ldyc/s7bRqOTuzLlelaq32"
    "n5+yy7JAVqdpKqPmyJ5CVt3b399//SP/r6ttWExm3SzuuY2Q50GKAK3tsSvFuukesKKQTh"
    "boJNI5ZbBoCnGKRD6MW08STsxAAltsmkbtr/BWsxUnZsaKKaSRW/tuQkTK1Nk6xGMKhbhq"
    "+6SCfQYJb3vBPtUe0E59fAadOYHtn4DEXObiS18f1Xr4opGJ8L3WwVcNcr0fit9gqyadz8"
    "VVs6XWUO2EKVfLasw05QqZDFaE9vN+d6swojjQe5eTq5PJ+c0RONFnTMa5tX8+/cZrhBjf"
    "ecmQq8lEu/7l9PKSFxi58wjR6NxwXeDKBixqv7/FIzYDwUaeCYmS5jaT5izD1mgw9R0fl5"
    "iI66DPUyoObMaBsGIP3SAlMEupUgKHnBIYQBF3zTQso4TNle9YjkrlSZR0UWNLm2oBJSIS"
    "aZZImp2rNVANtqnMfOOx7DRe0wxwRddjL8BYC9jZXoDKqKKMKsqoUmtUmUBF4+vAjeNO90"
    "oMK4UxozrjSlgjmeaGr42gPrbjNivIhwbW98SnyHaQBX1VwjYs6TbYRyiwo3SpKdF5H2yP"
    "/IvM2MLhscb3jqO/yitgnd2k3ggUNb5WVqAntAL13E16aNtUD4W+d8Nb3xvG7fuSdeILru"
    "EVhXyuelX4TVkNRqpTqVILBgnvrqsFZ2HLpuMZ95PulSgFuRG1KkHUAErDqcHrFQJE547r"
    "Eu8HilwHgEVMYo8k8xF6YG+3DVmLTOA2vFB4f4Vu5gQ6M6K5w34lSPZTbMIKQy+4vG8Ucy"
    "q7uQ1PqkQ0sJBzx3MYTaLfE+/lESQyGhQt5vwmEBJ+T+Ix8SRQYpqOEHWQv3DYGDJ7cAL2"
    "XOGwW5syTsRPjahLwjRJ9nTR80PjSnzns4u8XyVoJEpLGcyuqbSUhiJeJ1qKEvGUiKdEPC"
    "Xi7YaIlzoZbB8KPpR4jgQqikQy24TNtZQI8U4ri0SYVQUdpi83koEbhxwyyZQJcj/CYYKA"
    "iNe+gIblOCWxhjZrkBRBoHRsM6q+UZQKjxA1vpdIv63f49bWjXvDZwLsA3GZkMvkaTTHdD"
    "5Cj9g0QsO5ZdiBTyiv8AGfMbojCxR3Kdqka3q6RXc7jbOV5KskX6kkX/Z+a/AiiqCcIZIQ"
    "6cMmQB9W43xYgFl1Z2s5amZAkXxDW8syaWwQNrYBj1NkKlRzyPxVhpfnwebeuxcMjZuqfc"
    "EwMVWmrHUbUMtl4Pst77yrmFbVdx6GAzg0FVbbvRJT4nrDF0mGrrV8Xdgk5RrFBQ/tCNlQ"
    "zxYFLpz6OsRlhsDpR4hgD2rkLgx/jrCNeCHmEZtj6tgBHRUMYN3d6taGQrs6aHbsZ4FTOf"
    "bkjpDhU3bNJBh+PQxjt6CYrSI2DddalohbxRh7AmwirP8roL7FEHyF/nggyz9ubQs/gP0s"
    "fnZumrPYIDRnnCDsYbg3On4qsOKxh2W/OXm+l+mR1e7hlMue3bi+mm16e4iTO1syxsG+kr"
    "pT9FTtGvxy90j/mpQm2ZtJUZXphWt9lOlVNWc7TD8Ot1EB4XVFoERXVRRtjaG8URTwuCYK"
    "eFyMAoZzTmQ3IJJ2iW/fNj4gU+7AkJfKBKQsfc+BzVkZvKmrK0OkDviSA54rbGKopklUNQ"
    "NlQlUm1MGa+8RMqCnry5a4FtM1JAU4e8Ksh9iJu6xtCbBk3drysKaPGOG+eF0aqkPcSyzU"
    "CUOqTdMJ7zur/2gH1pR92dhs2oMpM46b68gy6zN8pgFMnPTR67O52XMxmXYWiBmt2AKw1Q"
    "aQFYWEBtEOSsLXdDZZXzRzN7qc7F1Ozj/ygpgQI87QvrUvz45PoG6ma+IZFM68PD6FT9iA"
    "IprHp2e8pibbmsLiYU9vt1YByV0HJPN/RfaZaLx0VuzX40bdfcY17X3GBSu2yzASgjchkA"
    "7f9vfwqIhUEd5/XF+cV1i+ViR5w6Yx89F/kWnQzvSyvb/dBfaMxyFMA8P0DZu+gtv+vSsG"
    "1AAOEGVsnDHQLz4ff8vz4OTs4kPeeAkTfMgnNwSeR+yZkOMmTSPhnn3QZNFXr/mC2LJROe"
    "OnKWUsScRCCvxURXEB8FNUCvyNwffxdzHcIwIF+TaQa4Y9MwO9rABxbbHcPGmP9XKTb3a2"
    "YG7cGEVsvaep1KLffNGLH6/qbN0e9kIzoKbyY4FQvhCg9hvGuHgJccyaRRhWQlGXRUoZhf"
    "bWVVXXcx4N8N145I6AviNmFCills5C0EkcoYqD2kSa2bk4KDBhb8DjFJkKZxwyf+8I0cFV"
    "rTH4S1XwawubZqWIVkIuUYjWwfjdYSKdwYc6eez68/HZWVEASxCaOZZV2nj2hnxfh26KVo"
    "LTqe79mXy7qTefJq/P2cX5p3h43qZawQLxfSxHqvayQe9lgXlnmFyMrnNDV3C6jFiCly0n"
    "CjbydNY4Ogt+zjChSYNcUGKV2bPWpEJlKFV9oPzxEYG0memqhFgahHu2o1REfgmxo3oOiW"
    "SmnvnSf0WWYcKusgkGjOmjQQ2GkRiqWSK1VFWSxjOoczOwFbttmZtV+kDJdtACql9XM8kJ"
    "bHYTbIBtiYzVAs4fU1PJCXS1bCqcD5NiBtPWLV61XSOPpLRQhkiB9+Nkuskj2cUDsIoZmR"
    "WcrijVd038XcSrjZXFs6maLqpdOfczKBk+sdoA6ZTNIxNGnSfvhauqKoMvWXNr0vjC/ZMP"
    "bNJazCcuL/i2KpD2LyfwbLKMOmcZPlpgGmWrjKCLAfTSsogHBdd85BHX8aAenOGXdBlufX"
    "rBZgjpZE3VDWGgetoIVSfhPYscsetfTi8vIe2LxylDTtjFlxvt54sr7ePk7PTr5OqfR8gJ"
    "fO2OSbexxHVrR9eALvoSKE+Oz08mZzyJbAaYmBvmkbVv/WeKDxNShBIqUyTSuVdeN4q0eV"
    "0TafO6GGkD2/0DewYt8IRS9vJ0MqLdEO5avFVo0/N0Fz9FKaKh8bNjk2zf5UeGBu/W9Uee"
    "uE72SuWrUmBifXCd/mLE41qtRdJITWiz1MhDEO5XLUytdI5edY6Qc01lp2j4kDWMDYWm9u"
    "ueDr/SQW/gdhJpz36qr7meUZbbUBdukqWTSVzpOcbk3wG2fcMvcSRVYp8mkQn51kIiTMOG"
    "o1w4JzBLJxO0PS9qpf0o7UdpP7Xaz6Xn6MGs1HkTXxrVaT5ualBXJRhBUB1Q/cUZm//e8Z"
    "ZKMxrUJjVSmpHSjOTTjDZQipQ+1ELMvWO5mG35eCO1tIxaoujmnnlhWEx2EfUMZoiUW7Ch"
    "W1AQZAWvoNc1Fh0FME7TyAh0+8EETFifPQhI0cl4ibbo1oxYBtWYTmc8lp2AdVXcMnQ9ln"
    "CL1ZadreDmEZe9HgadazpeirRdLBKq9VySbOwRqJtLdG1joOumUJCXyNLDiTUaGNIyhRpF"
    "/bU34HKWUsKIMmjgql/Y5nIvyVrYUbYXci5UKrXK+R2Ii2V9zq/K5+so8yrMDd4+/QoyqG"
    "XLvspk7prE23ZFRW65Y5hKVpxctg5syAtpBapLbOyic6EhUobXzoKSGaVHgyzaQekrm0lW"
    "lDwS1mDUw+PPC8xtU7OvMjNesQklPQAT6JgaM10+GXQ7s+yEQlpSojCuxfXCJjcO+1/jt/"
    "k6nk+SJblZ8E8oSlRHACWixtowIA0nQ5ukcM8d1yUeWswdhOkD0ZHvoClh/zd1hKdO4COM"
    "opmP2ChiQ9a1QRGsE2TYiBvu0QtIvF4Y+j3xf+BPlU/l7uA2t/bt3rnjG3dLZJHbvZfI8W"
    "JKirjLF+me49JX6AbuwiYBah4EBn8twwepygz/PR1W9cAWGbcZhz+jPhIq5kOoBcWkNjyp"
    "kVhYniKhvM5bLlkUUy/e8epYp5jpTf2L8XgJA3LeN/Atvq/0LL4v+BWjN1AA3BSJhPiODx"
    "sFPB3WBDwdFry3PbdtHdjR3kPXVihQYhMhiFMkEi7jlrcJ05lhUygmckUhX4BH622dB+RN"
    "HNqy3l2/UtGdmJNZRficI1Vu4yHzOauxNI7ASBMpJ6Kqcd0LpqrGtfJ375K/u2SfbQHXVF"
    "6gpMhmj5f12Kpi120Uux5GJix3g1bbwmMv6XpTuBuPXGsJ/8VZIPZYS8TQuzM8i+ihpZjy"
    "AqSIv+dozn4Emjr+PDZVU/Tidm/qBPdzH8XG49u9l6/Qr8T1weIMgwvm8A7vdWvrhkdm8K"
    "voCL3AIzR9ibCtoxfTEcIvR4g6K0P7DxRFTn6KMLulYxPkYfuewHPAB76OGxnIo3lEDONh"
    "NnbYMKiLLGFlVpfOrJ5eMs2FvxyVNJ2p2gvHD19eQfUvQ6RUldI0B6VWd4GrUquV/jcQUV"
    "rpf0PR/2IJVGHbANvM2T1ABTCMCavWAJOYsfUqYBKuto0OyJWxVIASBBJNCfUplMgP9TYI"
    "OorTxIvNLNqdWrBCbWaTaknrUrWT+qydpBQfJUjuCKaDUXp2fkNQ4vnWgs426YhFMaeBIB"
    "9Hv3cvaj7p8m5TiG9deOTpQdWyY5w9tF50fIxHrpUcb+YYAtgjxwoyHQdC3HEqqB257JmP"
    "QhM7kwUhFj4eDeb5aNQI3bEvKLm3IOu1KEZ2eJ9SC3/KqRYv+cZFQE1MQwhbLwSaXVUt3k"
    "eZ/Qdp9q/IHKyJ9ojG9yegvR6wHJGWzpjumXlbCqDWR/WVkKsQzkGH9uV2R0F+F6kVuwfN"
    "7sFoX5JptcpSIE8kp4y4KlvBuu29ZVfeU4Qb7iqyTeINlZu0JwtLf668gM6vg2n61xdNMv"
    "kxo1q7DBut0fzwBkUOpp6zoLx/PEyB0lOMkE70wDUNcLDpaLpExNZdhwGOFoY/N+w4ILOs"
    "QX1r89b3XokptTmm8+YGmFX13xZtL9l3uZ1bKF9in77E7Goq4FuT450nlDANuf3eLDFqRa"
    "Rv2CtQj7Q0INep2JNvNxntOgbzxefjby8zGvbZxfmneHgK/JOziw95J+T47aEutLhXFFIA"
    "3kOFfxz4QgjH4yXE92DcAN6DcSW6cElV/BffO1qs+B+JciILOkUiXcmI9le0Th5LWzhV47"
    "uikA7e9ityqIInncILro3/59hCAKdppIO4fUFZ1ZTZ5AjcOQ+ValHxLNisEy6HbsjqIrUq"
    "ILQr3GabMQ1Ns80FvTJq6Y7M9mVq5ZWWxys9sN1JOaUH4d4bvlN6YOu2BZ80ewR0/uXsrF"
    "mvIkZnPBLP2LbXwMdwnqU8kIs1GBD0Lpe0ZijxL5c3cKj2MJd03+AEDXzMFvGgQi8U1aF4"
    "iRzGS5Sdjh6hv/jYuyf+X5Br2DbREY+nHUHhevJ9ZgY60UfIJt+hwM9eDvsObnFr/yUKH/"
    "gLeuF4I+6ZRrazyhKIBiICKzNJMXDueJYq35tebpuQmgpgUD7kIZ3eoxofMp7Fm1lj78+s"
    "YvuTwf/TcvFqZQlbd9ZIoTQ/Vaz2wMQHFao9fExDmUIM1AyNQlXpxM+n5tLAdtg2Y4mLu0"
    "KvyO7qms1shkOK0r4iFkDnQdffG2zy9uglanR+0Kheiw6Ha7wlsZ8QrNWiYX4KPeIoQfEk"
    "7DPxCNM9AxtUV17NBqonsQXFs9t1DI3cuEIKujBXVD3iOp6PdIfQo4Ie3cVNbu0/oqn0P1"
    "YEyfRowYj1gPyE/piZxuwhPQoy9eFydGEEoeJwH5O9BNSHIbc2jOFKNzxzNJB9wvxyPHnY"
    "HC96Kv4LokmTGlIL9jDO4ge6+tmV2nsq+twimAbhn+xu/B82GP7MR6Kr9PlBps+nGNhUW0"
    "+RKHV9nboevRVFPb3C2xkOr1POdxDhGkhB2c5DFu0gIrCtSJ41dHCmlrkaarbThESaCnC9"
    "7KjKpKCU38EpEu1WNGtTj/CJDT/6jIkOFb64zIg1GkQ0lh3a8eAGRbjCFhZcig/FY/YXDc"
    "tjwQExYlK/MZuDMwt8WTNCKWLrCdQBAyqv4gdig/iNoUqrbsC82CzoD93c5tb+cgm7PdCa"
    "BN15hIBPDpHvruER/eWICe021GFB+M5nE4ceuSn2Z3O4xGHSw/bXOnu6hl455TXr02vG/x"
    "WQwuPx7YjgTwttx/H5c8fUxbJ3VhTSBRq2H5sfbi9awPbkkp7Fa2pI5WhVJO+QnZJ3hm3Q"
    "+YbF4TKkis9D43NB/H4aUfE6LDtaJiPGl2qFQ5oa1CAwi+JHkJoC3SBMczhCENRFw+ApOn"
    "dcsMPy8HPDX44QNs0ovMlCvGTqMvlogazFlkdZIZBO7qHENyW+DWbvy1lQm9QTeF9dTuB9"
    "oZoAX/lCJuqYoEfxjb25/UhwB00yRaoTRfLg8u2oCO4/ri/Oy8FNCPKHuDHz0X+RadDOTF"
    "h7f7sLbB4siKaBYfqGTV/B/f7eFfI1UANAmQO9UJskX4Ykd1LDBPnaJCq6T1oBS+W5Pjs2"
    "K9eAcg0o10C9vjc3XJf9wKokncz1Ua3mF41snphTDXJ90AuPn/G2DHFRGteWGlfMBQG1IE"
    "WykWIwMJNTVi1okkBenT9eSB8fvkK7d832dJ3tQP2oXZ3UyfOiqJTm8RoxhQrX2CxcA5yn"
    "Gp46pdXzanDP0kmUW6PCZZRMrGTiYcnE3Csw8cI421KpODNijVzMx2okNbhpz7qIFmqYE4"
    "9CKAoCeYxHlcN8EJLOw0qgfRyjiAPn2TKg/k/w7SgMZnkgS6IXfCOd3OXWhhLUcR4609Yh"
    "ZRy9sHnITeqrl6MwPsd2oOL6PbLYYkAGRZTYPK3d8LfNXicWNsyoLvtIZa8PZ++sUytSTB"
    "OQfrNUEjp12g8bwbZjLy0noKXCQE2xgBydhGC/aaJpvKlWNN4U9YxwsyS6NhXSmPN0EoJ9"
    "0EivO6jR6w6Kel2YYiXiVVtRDMOtBrdVbjXlVlP+lt3ip9ItlW5Zp1ty3MtUypghNZpkMq"
    "RVz4ryoqi4tSEIgq/HjQz84xoD/7ggCLrB1DRm2gMREruzVNKleLSvTFLCBDUfABNW3UtI"
    "FeAigFOCTVKyN1e3MCsllmJHqZOmu+hlll68pX3kmq17mdrJdVrOAZumA/3uHc+4Z1qyiI"
    "JfQjoMTV+uANrA84g9EwsLSdH0GL7w5fpjV6h3GjC+I92kiP3jl+t+AH7WLaW+3Jz0g3IH"
    "XaX6DyHbdKvoB+KWY8hcz5gRqhk2ry2u+fh7EerajpXlE/TYujL5Zmd7V7p4CQmRmkUYaL"
    "qQxFJCqiSW1iUWphXSEsG9mi0JwTCYIZWjaOphW4cHEuBHmkaxpHWWuAGda67nWK7QW5Ij"
    "U4xpnTGP2DV0bTMDZxmthNaH1+Mm9gc2qsakXLBBRNh5vCnehha4ujmk4EPfhjhohqM5Hh"
    "Q2tgNrWlZuqNJXVUrbnzP69f7+667ehpZbDWCf3W8a8OJvYcFibe4EXolUWwl23RT9Yf5u"
    "vCOIxxWtRY7eNI06d1s/d2N4NTrD0MVrs8pb1bOo2kxDjnGCi1bYz03I+5AlU69l+3o8nO"
    "IWoRTfi9VTKRAq5rTOHNNZYtMXOsVSJIohnRxiqdaUouJFjlQxqHUGGZT9BssRNNinqJSV"
    "XsBKrwLUKxnA3nesX9i8+RDvHLwbwlwkAm9TZ7NM6NPIIynNLBFpJ32cTDd5JDsZ5V4Vhl"
    "0hKmsW9h5aA+0zm+wZYAaF69uC7CqwZUVshi0XG/fbYnUSTSMvTOWtaYQg8qTdq5JueEaZ"
    "8iiKUtKHT0qo2NXtz8CTcBZZQWK/0Xgk3tar6WM4j7SLKcJp2c67F6Ml9funG5RHwbFh+t"
    "aARXOdsI+y4hXWhqCBuyr/sRVmE5jvejWdrLhFBjgNz6qy6UVQOwtnOw4nkx2zFl7NCDCZ"
    "38wYLSYHbH9SRnhN4vBgGQHjQQpb4nThRa2VZAQo6pK+JUTytTwvA0nDJtlaJ4ygOoapZM"
    "fLxca2L18E1yWbSXa0KC7ta7EBWtfxTDLD9WiQRTtwfWUzSYsWRBXTYJrcYVvI2HzXqelk"
    "xS3rs9Uqes6IIHeVmTEuDy8ndhY8nqe1ZyO8iqaU3lYYtYPbEq5U5zkpQUp3TtgWqly/Bj"
    "nxylTU3RqxfC1fGTGzCAS2w0rbFi4oQvU5mU1WvHz8XYPftCVaN/j7VdQwQEaUHg1qsPWw"
    "JUhfw1lkBWlBpnPHedDacgn9Fs4nu2coho2JmK5jbC1DRKhNotmkR62FMKUYMtlilCDiq9"
    "P6jqnjsarSY/YEXVPzUbOyo1turBXQ0CAc1pdUXbWesh6k54iV9onH91gMxVnY4XrZxcI+"
    "qkRx+zmKsH+IQZqiUIiuL/ocb9BZdIVrPh/rlmF/oVJ5/0a5us+plVVe9rmwGbQArCqmXR"
    "1E36WwFWvXJUJWSvGuFq5iJb8LoarQrRRAJfcwl5Kwnlnf0qG9950WnYsWuYgMm1D0KMX2"
    "JMA261la07J0B/vC3oRlArtH920TdN9Wo/u2tB+sNnUFtt0UhRJly0rGuC74S9npqMV+rh"
    "KrVF1Oa8UMKr9VIL9Vqb2dK2lKmdhtZSL2QpUoEykHVbUy8ZgatLa/6zGaes6C6arIsRFG"
    "FvFmc2z7P1DEJmHjH2xnYUNTVWiYCvUtHQsZOv+0MHSmZ6AHQlwKX3iE90nNNHZtf/p6HQ"
    "cqCOa1mvq2rKoj66D2tVGNwiRYWlLeapLtF0APXwUBcBOCjeAdWFmwnBr6tgm8bFS1Kvq2"
    "ADDUHSA+xFbNVvmmArJnKb2SPAUkzx3QV3syBXTS3mwu2KQiIZAO34MmdqyDakPWQcGSFT"
    "WqL8JbU+ZvRaJqYmV2kHaqyO1E55ue9pPn3PSmH4g7aNtn0Q0lkRylkkEEZJDFHPuUae4b"
    "Ql9GrvAXqa63Iy63nraVlh1uqnZhNe5y1S7MyEKY+holxN6A73laxfmhcD7GKMX6YvqT8u"
    "UoX0638PbhyxlIzcuB2UQbJXn0V8txJ9HpuT7hLmL0BOUJdxGmPust7SI+T1hJaJfhUrVe"
    "GqH19LVedmWRdRkXk083LomPKclIro6TyaVDh6PXBsxc2ATxnFbkO8iBD1Ei7xFirAmIPk"
    "IegSqCOloY/hzBb3fu7kYQwmKj6F7souOxOxgm0YtBM93coiRwpj5QBvsBB4x3JcS+TywX"
    "/t0qYAZeq9RN4h8WSe5RPQ3+Z3j7Fu+VVhFS9qbewn8+GPfPJQLor+PxwcG78f7B4fu3b9"
    "69e/t+P1GLi5fq9OMPp59ARR6lDRzr44RSy6iplTdFIp2V92C/ib+fjar2SO8X/P2r7aEI"
    "8cQOrIJdImcGiql7RDvcOwUx3/ufL5Mvk4/xzntrX0/OP56efzpCTCmDZt+39sfJ2enXyR"
    "UMSvbeW/vn49Mz+CrcgW/tybfLUz6GbTaGFz3HkydxRNu6YN/UhKQ/E95+tztWa1kG+cOy"
    "gGu9QbyEXEKb+O7awEvcH87sYdPWq3la1XB1yJyemZjxQNemYv7jDJV80bJvmpxJb6rPpD"
    "eFMyl0CnIJgZevFzibykg3OqOGBnnLpxTHib0aLtiWRVZzgVA6afn1fiNxGYbVyFlFgZkj"
    "pwde1IZOROIqI1WrumJVE89zhFS/LJV067kT7U9F+jwLiYe/GpsrMyXkSsIdMr8T88UGzM"
    "7TKk4PmdM5w3tDQSRHpQK4SoQQ7rgphbXOAZCmkgnWXjwBKiJRRSQ+uet7JByRWLYftwCs"
    "vPWl8xDnjqMGKD+W5txsDLFk9agL+KYOpSEVSMmv8OpAkPRLsD4QJP0SNqmckqpm8uXqDE"
    "URQlOiQ9wGdawoioOOwjANw6cIqp1QttYYexAlTBn20QtKsEn0l2XFUzq4g3AYyGobM6jG"
    "EGFSvqqZMqjTelQTCxF4QmU9ouES1kwZ77953yTdjQ2rznjjF0vkfaHU/BXFMDLz4X7SZO"
    "anH1Ng3efIpLMCjxtZgcc1VuBx0Qq8Og8KSNemMWfoesxfjvf1nU1fDs9zLTzOi6DfsFO2"
    "QsnNE0qxwdcZ5Cbfbur3lsQed3Zx/ikent9wSuGfl+ppNbGFWTIpoM9XFGpUUKimnpByMD"
    "1LM3Tg6huyOUup2DxoNiuzrDLLDsSm1U6iuOqgOIRMsND+WmP9i+2zDUx/ydC1dr9rxyL+"
    "HMxr/hz7aM4mZyzTkQEFjvnyGqGFZ/g+seE7KGXMZrQpDtVuTmRhnSAjJi5a/jq6xxa2P5"
    "Uxtft+0morYbXTuqYCcLXLekOd5mkZ0XFU8wP7WSLwxuMlVBfbB1dl/HUf8+nipengkjVc"
    "belOkfRv6n4a3awTo7ayhmzCCqUm7yA/lZqs1GSlJrejJh8z6GfzvRIFOboyqlON8WpMqx"
    "1JcxqnCgfpMxyEvT5U0DWeIpFQFxm/fdvEMf72bU2zl7eFqgpuSePGaoSj4RKi+7ppLmVd"
    "KmXBN+jYfmkcZ7UikiJRioigIlKQpvoM+vzz/wMJcO6h"
)
