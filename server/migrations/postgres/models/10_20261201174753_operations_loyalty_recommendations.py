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
        ALTER TABLE "cart" ADD "sms_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "cart" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "store" ADD "text_messages" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "visitor" ADD "sms_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "visitor" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "cart" DROP COLUMN "sms_consent";
        ALTER TABLE "cart" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "store" DROP COLUMN "text_messages";
        ALTER TABLE "visitor" DROP COLUMN "sms_consent";
        ALTER TABLE "visitor" DROP COLUMN "whatsapp_consent";
        DROP TABLE IF EXISTS "shopper_erasure";
        DROP TABLE IF EXISTS "delivery_tally";
        DROP TABLE IF EXISTS "cart_tally";
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "consent";
        DROP TABLE IF EXISTS "webhook_event";
        DROP TABLE IF EXISTS "reminder_cart_tally";
        DROP TABLE IF EXISTS "retention_lease";
        DROP TABLE IF EXISTS "webhook_delivery";"""


MODELS_STATE = (
    "eJztXXlz2ziW/yoo/9NJlZKy5SNZ99RUObY67WnH9vpI9+54iwORkMUxCXB4WPHO9ndfAD"
    "zEW4RE0hSMqqnpmMQDqd8DgXe/f+/YxECW9/HEsE18izzPJHjnGPx7B0Mb0X+U3h+BHeg4"
    "y7vsgg+nFieAbKTmpYZOPd+Fuk9vzqDlIXrJQJ7umo4fPmznBHjmI0bGBxODqUsWHnIBmQ"
    "F/jgCfDegEe8RCH8G579E/yJOJgA5d10QegMCF2CA28MkTwj8Dgq0XRsoebRCdPtvEj509"
    "5QHzCz954PbXkw/jwyNgeuAJOf5HcEufRh8NSOADhA0PmP7PdB4Het6CuAbQ5xA/ovAWek"
    "buC50UfWSvHWDzXwHSfPKI6CNc+vJ//x962cQG+oE89ue/d2Ymsgz+752A/hLNNBglnQwZ"
    "GvR32Hj0w3FDNnjxFBFXcWBZjGcvDmcZp/xBmcT/+JMNdJ40/oTMWgifwa9rMe3pHLq/8J"
    "EM76mmEyuw8XK08+LPCU6GU3awq48IIxf6yEgtCvZS0SKKL4VA0Au+G6AEAWN5wUAzGFj+"
    "8ifRN1he29G0y6s77XZyp2k7hWUXU6TWSHSJLQSKhol9j/9+G/7QLIQf/Tn98+jgz/A5Sx"
    "zCUeyB309uTn89uXl3dPCePZDQdR9+FZfRnTG/9SefAvpQW7JxCbPuIgYNY2MB7jN6xzdt"
    "VA55ljIHvRGRfoz/sQ4j4gtLTiy/6R5YUQP93fm3ye3dybdrNr3tef+yOF4ndxN2Z8yvvu"
    "SuvjvKsSmZBPx+fvcrYH+C/766nHA4iec/uvyJy3F3/73D3gkGPtEwWWjQSGMSX44v0aFL"
    "NlvQ8+k+ifAajM7TKlYPmtXJtizI5jRdCyyONk3F4fY5zM9gSPEv4XH1EZmlaueobMLUnZ"
    "1ejsrx7m6Ds5KOqjws+b0/M0jH8pPm+dB2RNAuUvaH+NaJJ7mlXSb6nWO/ZlmXin9muNK3"
    "DeFH9hIfxnsHnw4+7x8dfKZD+IsmVz7VgH5+eUcRZUL17KlU3mNwFdH9hbiIahC/oRcO8j"
    "l9I4h1VAJqWkW7j+baMoT/jJdQfHV5Wrlwkagi6ZVFAaA/G/nhR39ye3pyNgl1lynUnxaQ"
    "fucZvNkdMia5K8nY4i17bOevQEw3ayP6FeydC9BXqc4xX1bpzfFaWKk0V0O7WnsUUvAqv/"
    "KmH3jEx+Gqdy183aMadQ7Z0LREzqmEQDrdeXzY5HSio6oFgsPC+ZQc63PozdeSB2JCCcWB"
    "TkQwZaCoRp/+QOMKWy/Rd7YlOk60JRRUnILUUn2+LpeHFxsdC4vjS0T5y283yIJ+ZCCuEW"
    "dSFuctWwhVEk3mQ7KRPUWuNzedDcG69am0+C2ZTSa8OpXb6Hq3ObSTZ8QfWZTeckPqZbhk"
    "sIaS0SvdH7fEppIacxX4c+iDOZ2f8s4APmHuApcYge4D4gKI6f8byA2HQTCzyIJe9BaU6e"
    "AdG2rqCCzoc4FBFnhU8IB09aAHyjOiPwGdQgcYZ0ap+RbQA3STQcZoOa9NnpHx/meAfjiQ"
    "mbgAoZoNoEwnwA2wN2KeEOAgl048J/QlXWD6zD2jI5fdnb6AxdzU58xrwp6j010C6BY0be"
    "ZkATPT9fx1HCnx60THU+qw6s2d8sV8fCsC93+Mx/v7n8a7+0efDw8+fTr8vJtI3sVbdSL4"
    "l/OvTArPnIurxXK2qMulxQkO7ILOneFETDtkgXHn+ub8dKKd3VxdH4dfrGa4xHnAX05Of9"
    "POL7Xbu6vT347596oxjy37hOndm6vfbyfayZeTy7Ory2+Ty7vjyFuqwSlzgWKbfvcP+GZy"
    "fTG5PL/9NRziIofKnKY3D+/+TudnzzkGCzo1e8QDvpz8rp3c3Jx/P7m4pT8IUdnDdc1n+l"
    "Mf8NXN2eRGu79mcg69yXcJLXCYIOjlt7FGYm8jPaNGzShoGWwdFZfL326vLss/1nh8XsY1"
    "6Zb4f8Ayvc4MYTt/mQVYZ6sATAPT8k3sfWSP/WtXRt8aqBk+GfE2hvjdt5M/8uifXlx9yc"
    "utbIIvSv14iy6V3Gks5DfLkirX2ZD5HG72QqbHNMlaHoaBsbMdE2TKJBbK3mKgZokUrEVY"
    "PaZli4GaJlG+sNW+MI5XC86w23ieLYO3qSMsva7KPWEl+0ELuF4vZ9quvaApsNldcDW0/C"
    "hqAdireB45YU2f2IPy3CYWu2/QfdqpNQDyEaOG9j87HrzS/PcrWdBbLoCAf9Q/eczyZRKq"
    "sgFPhxi8C9VvkFK/R0yt/hBa2h6C8e746D2YQw9YhDwh4xggqM95oHHBBNjlwx6wD5+Qxy"
    "OqXR7bPHOJDebIRczESOU/ZrmzyTOzQJp0Xo8Af0FiCx6lxNyix1+EWQD5JFWGvL8vzwpG"
    "sPM/ysn9ik5uzoICrNW+13j8kC1o67pcW7c9BdgviyCo14ETImXmGLT6q5QKpVQMREhbrV"
    "S8tpB2E5Rnp2UGNBXR3KBhftoVlUWYy4dKSzYVVOhLMnmGSSixexJOWZYXvxJM/4l0H8yI"
    "y/8muh64LqLr6iO4o4JRuCbAE3oBZlE86+xJVDajl5gH9QNPXXsMIJWufISOwZwsuNhF4X"
    "9JyWIzuli5KLecN/TLUgERoB+m53vMo2uEM9O1ZZgML2iB0I0TOo/pGwSIeWU9QFlh0uew"
    "bDov0HWEDI+/UAMBL/a3RSDwf4a/ni/V5AULQmDGvUs/bz8IMaeP2tCry7bwzNypXbzkba"
    "kcrfzIyo+s/Mhv3Y+c2hQa60pLkiEvlHXVpaNGEapHNRGqR4UI1Z5jrgdmlOsh6Dp1/DZe"
    "xksSCZdx+3lXKbFGAOUslQK6AdAqtKcS+r5De5Yi+jri1JK6x1RaB1HNh0IoKlVNLs/OL7"
    "9SkSqkf8C3XADyuNxz+9v59fXkjP75ZNKz31hHdtlrcq7uVR+re4VTNVKbCtypN0QuqZQl"
    "ctCWSBdBjwhZ8ZcUKnddJU6pDylJgAqtPYI8TpGpiMVB81e5bFqPrXs2PZNiJIZqlkiFLC"
    "pP2KuE10XLsAVcvy9n2q512xTY7Bcr6mRMqSKJM6nE9yGQOHsWzvMiD+KdJsyeQtuBdEXv"
    "lDhhk3ujOv+rnh7VoDKoE3jztC8UUg35kTkHWO3OZRSbF0wZIct/HvFIM5bGynJXudhU8L"
    "O2OK9gjunSRkHFvX5zS9+KQ7CzILcn+rNE1ON4fI/KsR7QlWv3oyLvHTUxMOUF9ZSB6Siv"
    "H/umbwlZuxMCCQ3de+NGBrxxjQVvXLBATInxIgJwPF46+85BI/vOQY1956Bo3wlcIadjNF"
    "zGtbvbCF42rMb+XATY1MUMlPF46ZZvZwDbVB4SQjgmUBA3hBhyB16J3lLtcUyRDMPpyJ4n"
    "jdPR90t27UphORrdnxHv8xE9aQYtMacPQIqALiRhpEh63EIwcW1o9bWRtO2IjVRVEZhTJD"
    "3CDK2eMN4fN8B4f1yJMbuVM0hD14TsWQL7dJpGbdStb9RbGB3i6XNkBBYyBHmwc3v66+Ts"
    "/oLHgMRz8BiRMGrEi6NGTk8uTycXfJzOfrbFx/1ycs4vzaAZP/vVlfvY3lVg30qvqHJ7b4"
    "Vb1CI6tLSYEU0PpiyVfFpE69+RCiJ5E18TPa7c9dicpVShJEPmMmXVI/KRiLcmTdKfFrot"
    "GiiTeIKyGIfqEyhFIt3xs9/IhrVfY8LaL1qwVPyTCtQZSDzJJinrKprk1aNJ3NKa6/z6qD"
    "6KxG1WXL0aAOG4jeVCW1oSwtTSjcM4csnkLtIJW0YapmM6TFSPEnFbf/9UkJcKbhnSgTMC"
    "1cEtvI+xiNiUEEjXpqj9FMMttFwSJ+SuiNHy6npyeQwY5QM+vbr8Prm544ZJgul25g/FEK"
    "mSwztODud4aTp0fKpWrVW/u2wCZcgYsiGD1bukbMCPXIYsdU5+IcRCEJezvJQ+x/IpnaCr"
    "/S650i+fv1xdXWRY/OU8V4Hm8v7blwnd4Thv6SAz1G+Klg/+X4FdLR4vnc2jk8BJh2IkBG"
    "9CIB2+7fvaPdtbc9vIUaoNQ2DDWMyh71Ede03oy8gV/gL409OV6cVF2GsCAZckw4gvkar6"
    "iGF6OgmwTwE3hPb6AqF8isJBs3D5mmj5Yt/eFxaRprGehEQor6ZIKR/e7R+yPNBCPDRDTh"
    "mmg7CMOdKfSOBrno8cEZQLhH2mi0V29K0EXMXBvAXDQsrFIsjmLKVi86DZnNiI1/mec7TK"
    "UjhkTme8joKcztMqTg+Z0y5rDcRhLrC51rKQoVMmBQGTQhI5UC6EVjrJC3QqsLAS2jgoQ3"
    "DrKqNX29ewt6+IY6LmoAKhfOaJ9s1BCWjWul2fy2dQ39iQvzEVSqxKKQ4YVhWhvWoXUqUU"
    "B1hKkb4CuLy/uGgW/U61CXvDwHcWsX1Op5FoHWc9gypBoAlMvN/ShhBJ1gi78wQK/tlVJF"
    "HEn2R9IoVmxsNazab4e+JditvP13bnSzVeV0kDQ5KBRqA6aeBfAcS+6ZcU/KmENk2ixPfy"
    "sKD1bONGq0rv4GB2ETSusPWyPHi2QQuOvvZ63xffhEX2pxSF+oZKvqHUYdIc1CyRwnW1Dh"
    "wf8BuqanG+55aB21RRS32sqxXgWFbaHNXr5UySApv9YIfUsZyt6Dto8cOqVDIPb64Wzf1k"
    "3Mpa+ddugJEBGJkXNt+eQwNMEcJgRgJsgMR5PgKsk7gBX1h/7xewQC4C7+g91go8bANOZu"
    "xWWEc8XTe/g2c8YJ0EFpsEuMhmK85436AlOJ25oE8Iyf6qQza710eHbMaqUlm2IpgalukG"
    "GRF2e/e0MlSZCJrXAeLPSGzdZsikceH3snybRa3UYF8XtKKwb4i9cgcqv9VAhMtNKgt1Kl"
    "pG2XZlguUyEa9GrEwNWilT3s15syNvThwmzsFHF1HxzydgjqALZi6x415JYPpC/0l3QIwR"
    "RZ24YGH6c8NFi2OwmCM8AixfEPjoh1+QKjt5ygPmgqcHF4CJnSamt0x9DiyIHwMK7Yhfpk"
    "Qu+ghOHNaG+QPB1stx9IBHBEyP/hujBXDJYr1eT8slFNaQ2PIiO0pm7ktmVjVKOq5REu0h"
    "IhCnSGRs2dN6gpbpaY8uxKXVTWvjv7OEPQaAv47+12L8Nzv4tCck1IAjTSNdnmf7pbxiCS"
    "YL7x29Wg2vJNDWudwmf9xl1nAhHz/xuF1cXX6Nh+eT9HMZy5GoJrKa0zQSQN55UwYSuLoQ"
    "wEsKCQ/BcSNJo0bQKMoZKktZxbErw5WKY1f2wGGuWhXH/srAbhjH3qWtNQnXLjG2pkO5q6"
    "2tRnrUSnPrFUbpnvSE/sn71Edd6Pk4ZvRkN7jBB0QFwY6ZKx2QwJ+SH8xaOQIL1/T9qIJv"
    "2tba/iMe8BTNmG0WYrqA6WOY3ZSZmNczmcaljqM0WR/ZTts10HVoO5B+hNly7i0+IA1m9B"
    "DdMvWnLiutjzISY6toJeFL3fyI9M76RBdGdz+FiXA2zz/Q3AAr07mUpvOoCWeRBbc2tKxq"
    "wXFJJpHUuD/+dJSgz/6ow/v228nFRVEOj7/JooVgden6mLbXmmbh7i5okqFy3Lfrk/Ovl6"
    "yRZjjDA76ZfDu/PJvcHMexae4DvrrhF3iu0wM+ub+7+nZyd35F6ZbbS/7YbWTcab1N8Myi"
    "2mop48o/gXi8hC6k1u06ggVWNqqrMjRoW9bzt8UVt8ME5X4MvZ8bLNfPlav1c3lDBp+IQJ"
    "ymkXBD6MKn7MAXi8CSs7K6oHOKpP+Czq9j2+2kdLNPHFMX8nrGBPKt7fZLB/t+ye5c3aDU"
    "L9uYO7Rpfz462N2WMmKBSxHQhRz0KZIeDztMXKov9eTXbF303cKGW3RogAxBwHf+835yz3"
    "pshdQP+HZyeXZ++fWYWeAMyoEHfDa5OP8+uWGDImskG/fLyfkFu8Sa37K/J39cn/Mx6Idj"
    "umi9Vl2tszGy/5UwsjoHIkUiTRh+a9tP3qpawLXeJ11CrhzTg3ZMW4RbbAPsl8WT1nM7T6"
    "tK6Q2Z07oFKQ8MbSokXGSp5BOG2y9UaUGP9WpgEkJFZdDKs6mMVFmEiqcUxwm5bpkDvS70"
    "L00lXfDf/m6TpUxHVSt2u4XFrMLT3sTZwNzxa/A4RabO/iHzN1Hs1mBynlZxesicToVgiG"
    "7YGUrF5SFzuRioUmB2bR2IMnKJBM2eqxLk4sUaCvs5Kongb8/z23vhO8kBVWkIHWBaDOZs"
    "Cm2RUi1aleeh8jyGnI4glueR/sRbAPc68Oa3uSm3axU3hrm4N65GOx3auSHSp6mp5EQ4J3"
    "+qnKW+c5bykm4rq7ZRpdwtRbWqUG45pFkltwVwT5IJbwKJ94VS48AG7WNU049+m37EiYeV"
    "9YWzA0ZN0hPXqDO8bIlznNT0LSv6awSIV1pjdxB7VpgjCIGLHOL64NElgcPfqqzScLtP4T"
    "XhbFZE7h1LTBklmR6cNsoAGgGWBzECLGR/tKw1NzMxtEDovB3xXMjMGzzgyL76M5gRl4dV"
    "BS7y+MAwwRK5z6aOfvLoszxKEc4xdcnCYzXv6PPjOU0fLGCYQtmkEnKcYhPVzc0d++lsqC"
    "i9I85FSAXRLwPeYitxNFvOWe0i6IXfcfTifAzzEpXVY65MulRZd1tqE1VFnlss8lydV1eO"
    "Wf+5dL1F6bQfOfp6Nnup40dfKbl2LUw/7HULahu5tb2maA45umm7MzSl/ua3JT+zt9Oq5e"
    "zMulyVqrXaf37KNssCWZ2mqYyaI3sNWXVnd3d37wP/X1fbsJjMul7ccxshz4MUAVrbY5eK"
    "ddM9YEkhnSzQSaRzymDRFOIUiXwYt54knJiBBLbYNI3aX9lXTVecmBkrppBGbu275RAqU2"
    "frEI8pFOKqyZMK9hkkvO0F+1R7QDv18ZmeTgLsnzKJuczFl74/qvXwRSMT4Xulg68a5Ho/"
    "FH/ARi0534qrZkOtodoJU66W1ZhpyhUyGawI7ef9blcZRHGgd64nN6eTy7tj5kTXqYzzgH"
    "85/4PXCDF/8JIhN5OJdvvr+fU1LzAycxHSvLnpOIwra7Co/W4Wz9AKBNt2JiRKmltPmrNN"
    "rHnB1Cc+LDER10Gfp1QcWI8DYcUeb42UwCylSgkcckpgwEq2a5ZpmyVsrvzGclQqT6KkZx"
    "pd2p4WeEhEIs0SSbNztQaqSTcV3Tefy07jFa3/lnQ9dv6LtYCt7fynjCrKqKKMKrVGlQmr"
    "aHwbOHHc6U6JYaUwZlRnXAlrJHu54SsjqE9w3FQF+Kxd9SPyPYAJsFkXlbDpSrrp9TEIcJ"
    "QuNUUG73rton8inS4cHmv8SIjxMa+AdfaQeiNQ1OZaWYFe0QrUc+/ooW1TPRT63g5vfW8Y"
    "t+9LNpAvuIaXFPK56lXhN2U1GKm+pEotGCS8264WhLmnJbpAkpRarQCQZEhXXlUc2FN6sT"
    "a1Lo1sN43z0k9IpMWOevT5FJ9pwCZOslP7TBlU6seG6ke0YgVktyWFEo6bBFpuXW+LtZzR"
    "UR8LJ+5jcX1xcsq80Y4FdeaOvj45Z39Bs9DNYhjOaKWGd62G8/+K7DPReOk0xL1xo5yZcU"
    "3SzLigIToUIyF4EwLp8G1/D49Ms0V4q1vFpUj6bxW385dZgHXeHHwamJZvYu8je+xfu2JA"
    "DeCdNJDTA9cVbcyVppFwz95vsuir13xBbFkrSOh1AoS6F7/7jrlPxekJgJ+iUuCvDb4Pf4"
    "jhHhEoyDeBXDOxbgVGWVhPbQhKnrTHKJTkytaGocTpBmLrPU2lFv36i178eFVn6+awF1Js"
    "Gvss84Sq/drqNAwHvtgsa9hGFCuh+llFShmF9tZVVcclz6aBXM1FM8T0HTGjQCm1dBaCcS"
    "Mf/bjGRz9WPvo36qNnJuw1eJwiU5kbQ+bvDCGDuao1Cn+pCl5fO6+EXKI0jlaK6MUI6cS2"
    "S8s53KEfq9BN0UpwOtV9P5M/7urNp8nnc3F1+TUenrepVrBAfB/Lkaq9bNB7WWDNTIuL0e"
    "Jl60qJJfjYuq5kWRESU0C+tiVg5RwSHSa99wVU7et2VPu6YWOququpIOBtCgJWXZM67Zqk"
    "mnx11+SrRMZqAeez1FRyAl0tm27QlirV5go9I/ZGRXlZoEPVsjnY5Blt4wFYxYxszGoLSP"
    "G0iaYgbcs5li1u4SO7DZDO6TwyYdR5lk64qqpSdZI1tyJfJ9wP+MDVqfq8DRggMwAx4NQ/"
    "eeCfJHAxegFw5iM3btcVhqWPAAx7ftnIZU0Q/KgBGTLouJIk/danL8kmqksdCgFpNXVIZd"
    "v0mW3zJpJBeNFBlt/BAxJZ8sfV/Z32y9WNdja5OP8+ufmvY0ACX5tRaS2WIB5wdI/RRRcZ"
    "5enJ5enkgmeL6AwTa82EkfbNfFSQd02xzKkUiXR21L1GLvW9Gpf6XtGlzrb7J/oOWuAK5e"
    "bk6WREuyHctXirGIa36RdKyxENT/g0ibLcrjYxJrnmG9oTmvZaHhq8Ta0J6XU1uDoDXOWr"
    "UmBifXCV/mLG41otOtBITWizpsBTEO5XLUytdI5edY6Qc01lp2j4kDWMNYWmoyY6wFG1Dn"
    "C0hSnNvYHbSUgt/am+5rhmWRBzXfhElk4mcaXnmIl/BRD7pl/iGKnEPk0iE/KtufgtE7Oj"
    "XDj5J0snE7Q9L2ql/SjtR2k/tdrPtUuMQC913sS3RnWaj5Ma1FWtNSaoDqjQmk7nfyTui9"
    "KMBrVJjZRmpDQj+TSjNZQipQ+1EENObAfSLR+upZaWUUsUrdszL0ybNUsS9AxmiJRbsKFb"
    "UBBkBa+g1zUWHQUwTtPICHT7wQRUWNefBKToZLxEW7TqGLatpZpc5NDPw/TmmgFfSiLIKp"
    "dxkVCt5yK8VF1nBTKRoa0NdN0UCvISWXo4sUYDQ1qmUKPAMdbkcpZSwogy1mbKuMLWy06S"
    "tbClbC/kXKjUYJXDOhAXyyaNbFR+2kaZV2Gu6+bpVywjWLbsq0wmqoXcTVdU5JY7YVPJit"
    "OziRbtwPSdziQTSj34gsOVVe0QTlbeSq+wBpOhTTL65sRxkAsWcwKg94QM4BMwRfT/LQPA"
    "KQl8AEE08zEdhTBLwjM9wH49MDHgdhzwjuXhLUzjEfk/8bfKZ/Z18JgH/LBzSXxz9gJs9L"
    "DznrXpjSg9wD0AwHCJ430Ed+wpdBJGzWMC2L9ewhep7uOb8rI/0RXJTQjhz6h3jMd8CA/F"
    "mBSzNzUTgfs18gvrnCeSObV7cZZUu75jpjc1N8fjJfTPfm5gav5caWj+XDAzR1+gALgpEg"
    "nxHR818n8f1fi/jwrG/J7bdQ1M+u6hWxfLV8dICOIUiYTLuOVtwiI6FYNE4F1SyOfva72d"
    "34CMy0Nb1ttrZixal3Myqwifc6TKizBkPmc1lsYOuTSRsimrEp69YKpKeCr3xza5P0r22R"
    "ZwTaWJSIps9nhZja2q5dlGLc9hJEZx/0G1LTx2L6w2hT/HI1dawu/mkJmgI2iARQgzUsOU"
    "WRo49J2PAcEIuGQBmDU7Hg2xEY8agRm94KFHVtnfKxa56/A5pUbs1GcR7z6Ns7os6IUQtp"
    "7Zlf24W3yOsocP0h5e4Vqskdei8f2JwHsDFtQyTUdMN/O1FEBd0WCmSK6MMINWznO7oyC/"
    "i9SK3YNmt7LFKFvMtmD6WrYYGXFVxphV23vLxpjXMBhsK7JNLAbK0NWdoeuVrDGBN78Npu"
    "lfXzTJ5MeMau0ydLTm5Yc3CFOcumTh8YYAbAqQnmIEDGQEjmWynF0DTF8AwoZDKOBgYfpz"
    "EwMI+M5Q1nGgtXnri+nElNocevPmBphlOmeLtpfst9zOI1RhnT4L62RXUwHfmiitPKGEgU"
    "TtF9uJUSsiXd1JOU0jBch1KnYXPZSd8eGRIbS4lxRSAN5DyQYY+EIIx+MlxHd/3ADe/XEl"
    "uuyWKuHwqiUcIlFOZEGnSKQL+mx/RRvoubQmVzW+Swrp4G0/plaFLHcKL3Nt/C/BQgCnaa"
    "SDuH1BWUWFr3MEbp2HStUceRNsNhCXQ9dkdZFapQBsC7fpZuyFptnmgl4ZtXRHZvsytfJK"
    "y+OVHtjupJzSg3DvDd8pPbB124JPmr4CuLy/uGhWfCrqh2yiDYvfnEXNluWBvNPCNzfIZj"
    "/XZeWn7qDF6/QV3MvFQaM6/7IbDdd4bSw/IVjpYWbze6w6jYdAPAn9G7kIOG6AWbN5nQSY"
    "OYIJ/ex4VL4BX+IO9C7SCWN91IEeGAR5xzs57Dt5yAP+RzSV8Y8lQTI9WFBiI0A/g3/olq"
    "k/pUexDAN2O7oxYi5u9hy6zpHnsyEPmI0hM3qZvXM0kP4F+e148rAsT/RW/BdEk3qMllXj"
    "WdCXIYufvOXPft/Aa25TSTII/0mfxv9DB7N/5j3oKux/kGH/KQY21SRSJBK6mVquchF9FU"
    "W9vEJLg2X17DOK+BYiXAMp06zzkEU7iAhsS5I3DR07U8tEpLqWLDFJf4rqrgQ7qrIPKEX2"
    "1YX/UYuVfrvVI3yE2Y++oKID2ilVIjIjVmgQ0Vh6aMeDGyQPIy5Ncyk+FI/pv7wwrZcdEC"
    "Mq9Zv6HFHxnSXw6sjzAF1PTB0wfQo3fEKYid+Qis/YMNm8YR/aXO5wF495wPfXbLdntBYC"
    "MxdRgZ64AP1wTBcZ70dUaMcsfwzAmU8nRlwHmUJfn7NbHCYjLLxp0Lerkus3kdjfirjeWc"
    "To6/YLfF1oO44rmBOrtBlvNbhLCukcJO3HFITbixbQPbmkWuKK3NccrfJADtkDOTNZT581"
    "k9ozpIrPQ+NzQfx+HVHxNiyXUiYjxrdqhUMvNahJbXX4zKSmwDAR1RyOqbBmIQ8wG25SD5"
    "27zU3/ZQSgZYWWVmQDXurlJfnTZrIWXR5lCUydPEOJb0p8G8zel7OgNsmD+FydBvG5kAXB"
    "V76QiTom6FF8o19uPxLcfpMIl+oAlzy4fDsqgvu326vLcnATgvwhbuo++D9gmV5nJqydv8"
    "wCrDP4wDQwLd/E3kf2vL92hXwN1AygzIFeyKnKp0/lTmo2QT6nSsXnSitgqfjcN8dm5RpQ"
    "rgHlGqjX9+am49AfeBNYpY6BzP1RreYXjdTceOgq/a8a5PqgFx4/424Y4qI0rg01rpgLAm"
    "pBikTCJjgN1ILquPdC2PvwFdqdW7qnG3QH6kft6iS/342iUprHa8QUKlxjvXAN5jzV4JSU"
    "Zv3X4J6lkyj7QIXLKJlYycTDkom5V2DihnG2pVJxZsQKuZiP1VBqcNNa+xEtq72GXI+Fog"
    "Amj/GocjYfC0nnYSWs7D2liAPn6TLw/J/Z1VEYzPKEXpBR8I108pQHzEpnRV4TQLV1Vi4N"
    "vMM85CZ16f0ojM/BhFWKewQ2XQysna2HsM9a35p+Q0dLZW043nExqic3UpXbhrN31qkVKa"
    "YJSL9ZKgmdOu2HjUBM8ItNAq9UGKgpcZWjkxDsgyaaxkG1onFQ1DPCzRIZ2lRIY87TSQj2"
    "fiO9br9Gr9sv6nVhipWIV21JMQy3Gnuscqspt5ryt2wXP5VuqXTLOt2S416mUsYMqdEkky"
    "GtelaUF0XFrQ1BENwbNzLwj2sM/OOCIOgEU8vUtSckJHZnqaRL8WhfmfQQFdR8Bpiw6l5C"
    "qgAXAdxD0EIle3N16fVSYil2lDppuosa7OnFW1r/vtm6l6kMfqflHKBlEdanj7jmI9WSRR"
    "T8EtJhaPpyBdAGrouwLhYWkqLpMXzh/vasK9Q7DRjfkirYCH+4v+0H4DddCvv+7rQflDuo"
    "ht1/CNm6W0U/ELccQ+a4po48zcS6FRhU6Yc/ilDXdtoon6DHlhvJla3tueHAF5YQqdmIgm"
    "YISSwlpEpiaV1ioVqhVyK4V7MlIRgGM6RyFE1diA32QgL8SNMolrTOEt6Q0nGJ7Qh9JTky"
    "xZjWGfMMHdPQ1jNwltFKaH3YGzexP9BRNSblgg0iws7lxfzXtMDVzSEFH/o2xGEKtUZcVt"
    "gYB/a0rNxQpa+qlLY/Z/Te7u5eV19Dy30DoE+fNw148bewYLE2J4FbItVWgl03RX+Yfxpv"
    "CeJxRWuRozdNo87d1s/dGF7N0yHG61beqp5F1WYacowTu2nzNgdi3ocsmfos29fj2SluI8"
    "+Dj2L1VAqEijmtM8f06G+wiaD5MUWlbI4CNkcVblstn9EfaFxh3kqF92/ZjqMpOtA3qRpY"
    "doRp6BmVxsmLNPU5SaabPKOtjNmtCiqtOPg1G7pPrYH2jU72BjBjZbjbguwmwLIipkPbge"
    "bjplidRtPIC1N5ow0hiFxp96qkt9fGHdsyXcWkhIre3fwMPA1nkRWkV+j/t804vbTz7cVo"
    "Sf39GabHY3roMGNjwKK5TumfsuIVZrp7gbMsZrARZhM23+1yOllx4/6dDbG6cqOuFDIC5L"
    "jECPRND8LrcBbJQdKghTYWQCOoTthUsuP1bKJFO3B9pzNJixaLmfGCafKETSGj892mppMV"
    "t2JP441lr9KuyjJiFzXs2BCuVG8QKUFK17bdFKpcRV058crUPNsYsXy1NRkxsxELPWIrbV"
    "O4WJmAb8lssuLlwx8a+00bonUHf9xsdWviepSeTc+k62FDkL6Hs8gK0gJN54Q8aW2ZuX4P"
    "55Pd2hXDhrDhEHNjGSJCbRLNJj1qLbheY8hk87t2XoEndTxW1eLJnqArqvJodnZ0y60PAi"
    "+0O4UVgFTfg9es2OMSseTreHyP6apkgcP1so2p16qIXPtR5Gz/EIM0RaEQXV2WL96gs+gK"
    "V+U7MWwT33tSORlGucp8qZVVXpivsBm0AKwqd1gdGNilsBVr1yVCVkrxrhauYiW/C6Gq0E"
    "+KgYoe2VxKwnpjnaWG9t13WhYkWuQiMmxC0aMU25MA26yrVE1TqS3s3HUXFnLpHt3DJuge"
    "VqN7WNqxS5s6AttuikKJsmVJvY7D/KX0dNRiP1eJVaouT6diBpWzI5Czo9ReVTtdKRO1yk"
    "TshSpRJlIOqmpl4jk1aGUHrhMwdcmC6qqAYACBjVx9DrH/kwfoJHT8EyYLzNpesZZWrAIR"
    "sYFp8L8WpkH1DPCEkOOxCy7inawyrbfan75ex2E1XvJaTX3jLNUza1D72qhGYRIs/iNvvZ"
    "/2S1SGn4IAuAmBhB2OD5vAS0dVq6KHBYBZLiXyWWyVvsyhEZA9S+mV5CkgeW6BvtqTKaCT"
    "BhRzwTLCCYF0+O43sWPtVxuy9guWrKiVaBHemkIsSxJV5yOzg7RR52NLapP3tJ+85bLk/U"
    "DcQWMV21tTEslRKhlEQAZZzKHvUc19TejLyBX+IhWDtsTl1tO20rLDTdVjqsZdrnpMGVkI"
    "er7mIYTX4HueVnF+KJyPMUqxvpj+pHw5ypfTLbx9+HIGUsdrYDbRxgWY+qlPtZXo9FxzaR"
    "sxeoWSS9sIU59lXbYRn1csWLLNcKl6JY3Qev16JduyyLqMi8mnG5fEx5RkJFfHyeTSocPR"
    "KwNmrjACPKcV+AQQ9keUyHsMKGsCZIyAiyh6yAAL058D9tvJbDZiISwYRM+iN4lLn2BayC"
    "gGzXTziJLAmfpAGegHHDDeNwb6PrId9t+NAmbYZ5V6SPzDIsk9qqfB/xk+vsVnpVWElL2p"
    "t/CfL+bjW4kA+o/xeH//03h3/+jz4cGnT4efdxO1uHirTj/+cv6VqcijtIFjdZxQahk1tf"
    "KmSKSz8u7vNvH301HVHundgr9/uT0UIZ7gwC7YJXJmoJi6R7TDvVMQ853/vJ/cT87infcB"
    "304uz84vvx4DqpSxdowP+Gxycf59csMGJXvvA/7l5PyCXQp34Ac8+eP6nI+hm43pRu/x6k"
    "kc0bYu2NkqIenPhLfb7Y7VWpZB/rAs4FpvEC8hl9Amvr028BL3B9Gf1m2OladVLbGGzGnd"
    "gpQHhjYV8x9nqOSLlj1ociYdVJ9JB4UzKXQKcgmBV8sWOJvKSNc6o4YGecunFMeJfhoOsy"
    "2LrOYCoXTS8t5uI3GZDauRs4oCM0fOCNyotY6IxFVGqlZ1xapGrkuEVL8slXTruRPtT0X6"
    "vAmJh38a6yszJeRKwh0yvxPzxRrMztMqTg+Z0znDe0NBJEelArhKhBDuuCmFtc4BkKaSCd"
    "ZePAEqIlFFJL6663skHJFYth+3AKy89aXzEOeOowYoP5fm3KwNsWT1qAv4pg6lIRVIya/w"
    "6kCQ9EewOhAk/RE2qZySqmZyf3MBogihKTJY3IZH7CiKwxuFYRqm7wFW7cSja42yB3iIKs"
    "M+eOchaCHjfVnxlA6eIBwGstzGTE+jiFApX9VMGdRpPaqJhQhcobIe0XAJa6aMdw8+N0l3"
    "o8OqM974zRJ5Xyg1f0kxjMx89jxpMvPTrymw7nNk0lmBx42swOMaK/C4aAVengcFpGvTmD"
    "N0PeYvx/v61qYvh+e5Fh7nRdDv6ClboeTmCaXY4OsMcpM/7ur3lsQed3F1+TUent9wSuGf"
    "l+ppNbGFWTIpoM9XFGpUUKimnpByML1JM3TgGGuyOUup2DxoNiuzrDLLDsSm1U6iuOqgOI"
    "RMsND+WmP9i+2zDUx/ydCVdr9bYiN/zsxr/hz6YE4npywzgMkKHPPlNQIL1/R9hNk1VsqY"
    "zog9GKrdnMiGBgJmTFy0/HX0jA1sfypjavv9pNVWwmqndU0F4GqX9Zo6zesyouOo5if6s0"
    "TgjcdLqC62D67K+Os+5tOBLxaBJWu42tKdIunf1P06ulknRm1lDVmHFUpN3kJ+KjVZqclK"
    "TW5HTT6h0OvznRIFObozqlON4XJMqx1JcxqnCgfpMxyEfj6eoGs8RSKhLjI+PGziGD88rG"
    "n2clioquCUNG6sRjgaLiG6e01zKetSKQu+QYL90jjOakUkRaIUEUFFpCBN9Rn0+ef/A6vM"
    "CGw="
)
