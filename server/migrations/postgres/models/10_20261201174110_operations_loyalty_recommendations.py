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
        ALTER TABLE "cart" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "cart" ADD "sms_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "store" ADD "text_messages" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "visitor" ADD "whatsapp_consent" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "visitor" ADD "sms_consent" BOOL NOT NULL DEFAULT False;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "cart" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "cart" DROP COLUMN "sms_consent";
        ALTER TABLE "store" DROP COLUMN "text_messages";
        ALTER TABLE "visitor" DROP COLUMN "whatsapp_consent";
        ALTER TABLE "visitor" DROP COLUMN "sms_consent";
        DROP TABLE IF EXISTS "reminder_cart_tally";
        DROP TABLE IF EXISTS "cart_tally";
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "retention_lease";
        DROP TABLE IF EXISTS "delivery_tally";
        DROP TABLE IF EXISTS "webhook_event";"""


MODELS_STATE = (
    "eJztXXtz47a1/yoY/ZPNjLJjy2vv1ul0xmsriRuv7fqxyW19h4VIyGJNEiwf1vq2+e4XAB"
    "/iA6QIiaQpGDOdZk3igNTvgMB5n/+MbGwgy39/Ytimc4t838TO6Bj8Z+RAG5F/cO+PwQi6"
    "7uouvRDAmcUIIB2p+ZmhMz/woB6Qm3No+YhcMpCve6YbRA8bnQDffHSQ8YPpgJmHlz7yAJ"
    "6DYIEAmw3o2PGxhd6D88Anf+AnEwEdep6JfACBBx0D2yDAT8j5EWDHeqGk9NEG1smzTeex"
    "s6c8OOzCdz64/eXkh8nhETB98ITc4D24JU8jjwY4DAByDB+YwY9kHhf6/hJ7BtAX0HlE0S"
    "30jLwXMil6T187dMx/h0gL8CMij/DIy//jf8ll0zHQN+TTP/8zmpvIMti/RyH5JZppUEoy"
    "GTI0GIzoePTN9SI2+MkUMVed0LIoz15cxjJG+Y0wif3xBx3oPmnsCbm1ED2DXdcS2tMF9H"
    "5iIyneM03HVmg7q9HuS7DATjqcsINefUQO8mCAjMyioC8VL6LkUgQEuRB4IUoRMFYXDDSH"
    "oRWsfhJ5g9W1kaZdXt1pt9M7TRuVll1CkVkj8SW6EAgaphP47Pfb8JtmIecxWJA/jz78ET"
    "1nhUM0ij7w68nN6S8nN++OPnxPH4jJuo++isv4zoTd+oNNAQOordi4gln3EIWGsrEE9xm5"
    "E5g24kOepyxAb8Sk75N/bMKI5MKKE6tvugdW1EB/d/5lent38uWaTm/7/r8thtfJ3ZTemb"
    "CrL4Wr744KbEonAb+d3/0C6J/g71eXUwYn9oNHjz1xNe7u7yP6TjAMsObgpQaNLCbJ5eQS"
    "GbpiswX9gOyTyNmA0UVaxepBszrdlgXZnKVrgcXxpqk43D6H2RkMCf4cHlcfkXmqdo7KJk"
    "wdjXo5Kid7ew3OSjKq8rBk9/7IIZ3IT5ofQNsVQbtM2R/iOyeeFJY2T/Q7d4KaZc0V/8xo"
    "pe8awo/0JX6Y7H/4+OHTwdGHT2QIe9H0ysca0M8v7wiiVKieP3HlPQpXGd2fsIeIBvErem"
    "Egn5M3go6OOKBmVbT7eK4dQ/iPZAklV1enlQeXqSqSXVkEAPKzURB99Ce3pydn00h3mUH9"
    "aQnJd57Dm97BE1y4ko4t37IndvEKdMhmbcS/gr5zCfoq1Tnhyzq9OVkLa5XmamjXa49CCl"
    "7lV970A4/5OFz1roWve1yjziEbmpbIOZUSSKc7Tw6bnE5kVLVAcFg6n9JjfQH9xUbyQEIo"
    "oTjQiQimDBTV6JMfaFw51kv8ne2IjhNvCSUVpyS1VJ+vq+XhJ0bH0uL4HFP+9OsNsmAQG4"
    "hrxJmMxXnHFkKVRJP7kGxkz5DnL0x3S7BuAyItfklnkwmvTuU2st5tBu30GbFHlqW3wpB6"
    "GS4drKF09Fr3xy22iaRGXQXBAgZgQeYnvDNAgKm7wMNGqAcAewA65P8N5EXDIJhbeEku+k"
    "vCdPCODjV1BJbkucDAS2dc8oB09aAHwjOsPwGdQAcoZ8aZ+ZbQB2STQcZ4Na+Nn5Hx/Y8A"
    "fXMhNXEBTDQbQJiOgRc6/ph6QoCLPDLxApOX9IAZUPeMjjx6d/YClgtTX1CvCX2OTnYJoF"
    "vQtKmTBcxNzw82caQkrxMfT5nDqjd3ymfz8a0I3H+aTA4OPk72Do4+HX74+PHw014qeZdv"
    "1Yngn89/plJ47lxcL5bTRc2XFqdOaJd07hwnEtohC4yj65vz06l2dnN1fRx9sZrhYffB+X"
    "xy+qt2fqnd3l2d/nrMvleNemzpJ0zu3lz9djvVTj6fXJ5dXX6ZXt4dx95SDc6oC9SxyXf/"
    "4NxMry+ml+e3v0RDPOQSmdP0F9Hd38j89DnHYEmmpo94cC6nv2knNzfnX08ubskPQkT28D"
    "zzmfzUB+fq5mx6o91fUzmH3GS7hBa6VBD0i9tYI7G3kZ5Ro2aUtAy6jsrL5a+3V5f8jzUZ"
    "X5RxTbIl/hdYpt+ZIWz053no6HQVgFloWoHp+O/pY//SldG3BmqKT068TSB+9+Xk9yL6px"
    "dXn4tyK53gs1I/3qJLpXAaC/nN8qTKdTZkPkebvZDpMUuykYdhYOxsxwSZMYlFsrcYqHki"
    "BWsZVp9q2WKgZkmUL2y9L4zh1YIz7DaZZ8fgbeoIy64rvieMsx+0gOv1aqbd2guaApvfBd"
    "dDy46iFoC9SuaRE9bsiT0oz21qsfsCvadRrQGQjRg3tP/ZyeC15r9f8JLc8gAE7KP+zqeW"
    "LxMTlQ34OnTAu0j9Bhn1e0zV6h8iS9tDONmbHH0PFtAHFsZPyDgGCOoLFmhcMgF2+bAHJ4"
    "BPyGcR1R6LbZ572AYL5CFqYiTyH7Xc2fiZWiBNMq+PQbDEiQWPUDrMosdehFoA2SRVhrx/"
    "rM4KSjD6X+XkfkUnN2NBCdZq32syfsgWtE1drq3bnkIn4EUQ1OvAKZEycwxa/VVKhVIqBi"
    "KkrVcqXltIuwn52Wm5AU1FNC9smJ92RWQR6vIh0pJNBBXyklSeoRJK4p6EM5rlxa6Es38h"
    "PQBz7LG/sa6HnofIunoP7ohgFK0J8IRegFkWzzp7EpHNyCXqQf2Bpa49hpBIVwFCx2CBl0"
    "zsIvC/ZGSxOVmsTJRbzRv5ZYmACNA30w986tE1opnJ2jJMihe0QOTGiZzH5A1CRL2yPiCs"
    "MMlzaDadH+o6QobPXqiBgJf422IQ2D+jX8+WavqCJSEw594ln3cQRpiTR23p1aVbeG7uzC"
    "7OeVsiRys/svIjKz/yW/cjZzaFxrrSimTIC2VTdemoUYTqUU2E6lEpQrXnmOuBGeV6CLrO"
    "HL+Nl/GKRMJl3H7eVUasEUA5T6WAbgC0Cu2phL7v0J6ViL6JOLWi7jGV1kVE8yEQikpV08"
    "uz88ufiUgV0T84t0wA8pncc/vr+fX19Iz8+WSSs9/YRHbZb3Ku7lcfq/ulUzVWm0rcqTdE"
    "rqiUJXLQlkgPQR8LWfFXFCp3XSVOqQ8pTYCKrD2CPM6QqYjFQfNXuWxaj617Nn2TYCSGap"
    "5IhSwqT9irhNfFy7AFXL+uZtqtddsU2PwXK+pkzKgiqTOJ4/sQSJw9i+Z5kQfxThNmT6Ht"
    "QrKiRxwnbHpvXOd/1bOjGlQGdUN/kfWFQqIhP1LnAK3duYpi88MZJaT5z2MWaUbTWGnuKh"
    "ObSn7WFucVzDFd2SiIuNdvbulbcQh2FuT2RH6WiHqcjO9ROdZDsnLtflTk/aMmBqaioJ4x"
    "MB0V9ePADCwha3dKIKGhe3/SyIA3qbHgTUoWiBk2XkQATsZLZ9/50Mi+86HGvvOhbN8JPS"
    "GnYzxcxrW71wheOqzG/lwG2NTFDJTJeOmWb2cA20QeEkI4IVAQN4QYMgceR2+p9jhmSIbh"
    "dKTPk8bpGAScXbtSWI5H92fE+3RETppBS8zZA5AgoAtJGBmSHrcQB3s2tPraSNp2xMaqqg"
    "jMGZIeYYZWTxgfTBpgfDCpxJjeKhikoWdC+iyBfTpLozbq1jfqHYwO8fUFMkILGYI8GN2e"
    "/jI9u79gMSDJHCxGJIoa8ZOokdOTy9PpBRun059tsXE/nZyzS3NoJs9+deU+sXeV2LfWK6"
    "rc3jvhFrWwDi0tYUTTgylPJZ8W0fp3pIJI3sTXRI4rbzM25ylVKMmQuUxY9YgCJOKtyZL0"
    "p4XuigZKJZ6QF+NQfQJlSKQ7fg4a2bAOakxYB2ULlop/UoE6A4kn2SZlXUWTvHo0icetuc"
    "6uj+ujSLxmxdWrARCO21gttJUlIUot3TqMo5BM7iEd02WkOWRMh4nqcSJu6++fCfJSwS1D"
    "OnDGoDq4hfUxFhGbUgLp2hS1n2K4g5ZL7EbcFTFaXl1PL48BpXxwTq8uv05v7phhEjtkOw"
    "uGYohUyeEdJ4czvDQdugFRqzaq382bQBkyhmzIoPUuCRucRyZDcp2TnzG2EHT4LOfSF1g+"
    "IxN0td+lV/rl8+erq4sciz+fFyrQXN5/+TwlOxzjLRlkRvpN2fLB/iuwqyXjpbN5dBI46R"
    "KMhOBNCaTDt31fu2/7G24bBUq1YQhsGMsFDHyiY28IPY9c4S+APzldqV5chr0mEHBFMoz4"
    "Eqmqjximr+PQCQjghtBeXyKUT1H40CxcviZavty394VGpGm0JyEWyqspU8qHd/uHLAu0EA"
    "/NkFOG6SAsY4H0JxwGmh8gVwTlEmGf6WKxHX0nAVdxMG/BsJBxsQiyOU+p2DxoNqc24k2+"
    "5wKtshQOmdM5r6Mgp4u0itND5rRHWwMxmEtsrrUs5OiUSUHApJBGDvCF0EoneYlOBRZWQp"
    "sEZQhuXTx6tX0Ne/uKOSZqDioRymeeaN8clIJmbdr1mT+D+saG/I2pUGJVSnHAsKoI7XW7"
    "kCqlOMBSiuQVwOX9xUWz6HeiTdhbBr7TiO1zMo1E6zjvGVQJAk1gYv2WtoRIskbYnSdQsM"
    "+uIoki+STrEyk0MxnWajbFP1LvUtJ+vrY7X6bxukoaGJIMNAbVSQP/DqETmAGn4E8ltFkS"
    "Jb7zw4I2s40brSq9g4PZQ9C4cqyX1cGzC1pw/LXX+77YJiyyP2Uo1DfE+YYyh0lzUPNECt"
    "f1OnBywG+pqiX5njsGblNFLfOxrleAE1lpe1SvVzNJCmz+gx1Sx3K6ou+gxQ4rrmQe3Vwv"
    "mgfpuLW18q+90EEGoGR+1Hx7AQ0wQ8gBcxw6Bkid52NAO4kb8IX2934BS+Qh8I7co63Aoz"
    "bgeE5vRXXEs3XzO3jGg6Pj0KKTAA/ZdMUZ3zdoCU5mLukTQrK/6pBN7/XRIZuyiivLVgRT"
    "Q55ukBNhd3dP46FKRdCiDpB8RmLrNkcmjQu/l+XbLGqlBvu6oBWFfUPslTtQ+a0GIlxuU1"
    "moS9EydSFwJMuse6FasDSyo9aKlVcOyvZJIqdL1Dsp7ozExtGuSPQGy9sHcZLaMRXvAA6D"
    "Gf4GPLwcg6VnBkFcVSIrVbb/iAdnhuaEf4AImsGCPAaYPmutvF3Lpjh0K0C223ZdnqQvVr"
    "7EUIsPyIIZP0S3TP2py+o/41yuRatopSp1Nz8i+/UnbZy6+SnUMmgzn5hGlKte3R9KBepL"
    "BYoLw5dZcGsTBb86KGdFJlFEzsHk41GKPv2jDu/bLycXF2VBsboV2/pySq/Rli3T9VCkoN"
    "LpyZfrk/OfL2lx92iGB+dm+uX88mx6c5zYS7wH5+qGXWD+9wfn5P7u6svJ3fkVoVttL8Vj"
    "t0mYZ/utK+YWXvIZx/8EkvHyhdBOGlVeqim8xKkyJhT0v1Ws/9CgbdmBRFR5x0FCVcIyJD"
    "3uLFRQFtxVNlyvnxos10+Vq/UTv0hYgEUgztJIuCF0UYvNhS8WhpyzsrrISIak/yIjr2OC"
    "7aavGHZNXWR5pwTyre32y1morm2qa1unBSva79q2e0VgydAQCfeu+tv99J7WfY2oeV2rzq"
    "YX51+nN3RQbI0sd616cKa/X5+zMeiba3oblo9tnY2x/Y/DyGq/XIZEGtdQa9tP0apawrU+"
    "7pFDLmH4446EOzZK+rMws9iGTsCrw1zP7SKtSu8cMqd1CxIeGNpMSLjIU8knDLefPG1Bn9"
    "YPoxJCRbZ65dnEI1UWofIpxXBCnsdLTqwpoZejkq6MXiftpVRhtzdxNlB3/Gb9YFX5lF3g"
    "b6rYbcDkIq3i9JA5nQnBEN2wc5SKy0PmcjlQpcTs2thkHrlEgmbPkbKFeLHGeYM5Kongb8"
    "/z23sypuSAqpjuDjAtB3M2hbZMqRatqqGlchF2OxehanNoAdzr0F/cFqbcrVXcGOby3rge"
    "7Wxo55ZIn2amkhPhgvyp6sH1XQ+uKOm2smobVW/YUVSrijfwIc0ruS2Ae5JOeBNKvC9wjQ"
    "NblDRUhej6LUSXJB5W1rzIDxg3SU/coPbFqkzjcVpngleIwghpZqDB7iD6rChHEAIPudgL"
    "wKOHQ5e9Fa/6RbtPeXBoFQwwewHvaGLKOM30YLRxBtAY0DyIMaAh+2REFGlOLpoOtEDkvB"
    "2zXMjcGzw4sX31RzDHHgurCj3ks4FRgiXynk0dfeeTZ/mEIppj5uElucOen8xpBmAJoxTK"
    "JtU5khSbuJZD4djPZkPF6R1JLkImiH4V8JZYiePZCs5qD0E/+o7jF2djqJeIVyOkMulSZd"
    "3tqE1UFR5psfBIdV4dH7P+c+l6i9JpP3L09Wz2UsePvlJy7UaY/rDfLaht5Nb2mqI55Oim"
    "3c7QlPqb35X8zN5Oq5azM+tyVarWav/5KbssC+R1mqYyaoHsNWTV0d7e3v4P7H9dbcNiMu"
    "tmcc9thDwPUgRoseNdolg33QNWFNLJAp1EOmcMFk0hzpDIh3HrScKpGUhgi83SqP2VftVk"
    "xYmZsRIKaeTWvstgIp46W4d4QqEQV4VHVbDPIOFtL9in2gPaqY/P9HUcOsEplZh5Lr7s/X"
    "Gthy8emQrfbTeeSpcae8BWZeLfiqumsxZRos2Tt+qZPLRvvuu8390qgygO9Oh6enM6vbw7"
    "pk50ncg4D85P57+zGiHmN1Yy5GY61W5/Ob++ZgVG5h5Cmr8wXZdyZQMW7R81MfQU03Ayhp"
    "6jIoueoRUKlpJPSZQ0t5k0Z5uO5oezAAeQYyKug75IqTiwGQeiij3+BimBeUqVEjjklMCQ"
    "lmzXLNM2OWyu/MYKVCpPovz50KXta6GPRCTSPJE0O1droJpkU9ED85l3GmNsIehUSPpZug"
    "KsM0LYFa6JFtDvJvT56uoit/98Pi/s9pf3Xz5PiRTENh4yyAyUUaXTRayMKusW8s4aVaa0"
    "ovFt6CZxpyOOYaU0ZlxnXIlqJPuF4WsjqE+cpKlK1NfvEQU+cDCwaReVqOnK3MM2gIBBeQ"
    "xCJ06XmtFmf9gDHvoX0snCYbHGjxgb74sKWGcPqTcCsYmVFehVrUARD0q4rin1PXTzxKZx"
    "ZV0U+t4Nb31vGLfvSzZQILiGVxTyuepV4TdlNRhvWPhNqQVKLejlc9lZtSDKPeXoAmlSar"
    "UCgNMhXXlVndCekYu1qXVZZLtpnJd9QiotdtSjLyD4zEI6cZqd2mfKoFI/tlQ/4hUrILut"
    "KJRw3CTQcud6W2zkjI77WLhJH4vri5NT6o12LahTd/T1yTn9C5qlbhbDcEYrNbxrNZz9V2"
    "SficdLpyHuTxrlzExqkmYmJQ3RJRgJwZsSSIdv+3t4bJotw1vdKi5D0n+ruNGf56Gjs+bg"
    "s9C0AtPx39PH/qUrBtQA3kkDOT30PNHGXFkaCffsgyaLvnrNl8SWjYKEXidAqHvxu++Y+0"
    "ycngD4GSoF/sbgB/CbGO4xgYJ8G8g109Gt0OCF9dSGoBRJe4xCSa/sbBhKkm4gtt6zVGrR"
    "b77oxY9XdbZuD3spxaaxz7JIqNqvrU/DcOGLTbOGbUSwEqqfVaaUUWhvXVV1PfxsGsjTPD"
    "RHVN8RMwpwqaWzEEwa+egnNT76ifLRv1EfPTVhb8DjDJnK3Bgyf+cIGdRVrRH4uSp4fe08"
    "DrlEaRytFNFLENKxbXPLOdyhb+vQzdBKcDrVfT/T3+/qzafp53NxdflzMrxoU61ggfg+Vi"
    "BVe9mg97LQmpsWE6PFy9ZxiSX42LquZFkRElNCvrYlYOUcEh0mvfcFVO3rRqp93bAxVd3V"
    "VBDwLgUBq65JnXZNUk2+umvyxZGxWsD5LDOVnEBXy6ZbtKXKtLlCz4i+UVleFuhQtWoONn"
    "1Gu3gAVjEjH7PaAlIsbaIpSLtyjuWLWwTIbgOkczKPTBh1nqUTraqqVJ10za3J14n2AzZw"
    "fao+awMG8BxABzDq73zwLxx6DnoBcB4gL2nXFYWljwGMen7ZyKNNEIK4ARkyyDhOkn7r03"
    "OyiepShyJAWk0dUtk2fWbbvIlkEFZ0kOZ3sIBEmvxxdX+n/XR1o51NL86/Tm/+5xjgMNDm"
    "RFpLJIgHJ75H6eKLlPL05PJ0esGyRXSKibVhwkj7Zj4iyHumWOZUhkQ6O+p+I5f6fo1Lfb"
    "/sUqfb/RN5By30hHJzinQyot0Q7lq8VQzD2/QLZeWIhid8lkRZbtebGNNc8y3tCU17LQ8N"
    "3qbWhOy6GlydAabyVSkwiT64Tn8xk3GtFh1opCa0WVPgKYz2qxamVjpHrzpHxLmmslM8fM"
    "gaxoZC01ETHeCoWgc42sGU5t7A7SSklvzUQHM9kxfEXBc+kaeTSVzpOWbi3yF0AjPgOEYq"
    "sc+SyIR8ay5+y3ToUS6c/JOnkwnanhe10n6U9qO0n1rt59rDRqhznTfJrXGd5uNmBnVVa4"
    "0KqgMqtKaT+R+x96I0o0FtUmOlGSnNSD7NaAOlSOlDLcSQY9uFZMuHG6mlPGqJonV75oVp"
    "02ZJgp7BHJFyCzZ0CwqCrOAV9LomoqMAxlkaGYFuP5iACOv6k4AUnY6XaItWHcN2tVSTh1"
    "zyeZj+QjPgCyeCrHIZlwnVei7DS9R1WiATGdrGQNdNoSDnyNLDiTUaGNIyhRqFrrEhl/OU"
    "EkaU0TZTxpVjvYzSrIUdZXsp50KlBqsc1oG4WLZpZKPy07bKvIpyXbdPv6IZwbJlX+UyUS"
    "3kbbuiYrfcCZ1KVpyeTbRsB6avZCaZUOrBFxytrGqHcLry1nqFNZgObZLRt8CuizywXGAA"
    "/SdkgACDGSL/bxkAznAYAAjimY/JKOTQJDzTB/TXA9MBzI4D3tE8vKVpPKLgO/ZWxcy+Dh"
    "7z4DyMLnFgzl+AjR5G39M2vTGlD5gHABgedv334I4+hUxCqVlMAP3XS/Qi1X18M172J7Ii"
    "mQkh+hn1jvGED9GhmJA69E3NVOB+jfzCOueJZE7tXpwl1a7vhOlNzc3JeAn9s58amJo/VR"
    "qaP5XMzPEXKABuhkRCfCdHjfzfRzX+76OSMb/ndl0Dk7576NZF89UdJARxhkTCZdzyNmFh"
    "nYhBIvCuKOTz97Xezm9AxuWhLevdNTOWrcsFmVWEzwVS5UUYMp/zGktjh1yWSNmUVQnPXj"
    "BVJTyV+2OX3B+cfbYFXDNpIpIimz9e1mOranm2UctzGIlRzH9QbQtP3AvrTeHPyci1lvC7"
    "BaQm6BgaYGFMjdQwY5YGLnnnY4AdBDy8BNSanYyGjpGMGoM5ueCjR1rZ3y8XuevwOVwjdu"
    "azSHafxlldFvQjCFvP7Mp/3C0+R9nDB2kPr3At1shr8fj+ROD9AQtquaYjppf7Wkqgrmkw"
    "UyZXRphBK+eF3VGQ32Vqxe5Bs1vZYpQtZlcwfS1bjIy4KmPMuu29ZWPMaxgMdhXZJhYDZe"
    "jqztD1StaY0F/chrPsry+bZIpjxrV2GTJa84vDG4Qpzjy89FlDADoFyE4xBgYyQtcyac6u"
    "AWYvADmGiwngYGkGC9MBELCdgddxoLV564vpJJTaAvqL5gaYVTpni7aX/LfcziNUYZ0+C+"
    "vkV1MJ35oorSKhhIFE7RfbSVArI13dSTlLIwXIdSp2Fz2U3cnhkSG0uFcUUgDeQ8kGGAZC"
    "CCfjJcT3YNIA3oNJJbr0lirh8KolHGJRTmRBZ0ikC/psf0Ub6Jlbk6sa3xWFdPC2H1OrQp"
    "Y7hZe6Nv4PO0IAZ2mkg7h9QVlFhW9yBO6ch0rVHHkTbDYQk0M3ZHWZWqUA7Aq3yWbsR6bZ"
    "5oIej1q6I7N9mVp5peXxSg9sd1JO6UG494bvlB7Yum3BJ01eAVzeX1w0Kz4V90M20ZbFb8"
    "7iZsvyQN5p4ZsbZNOf69HyU3fQYnX6Su7l8qBxnX/Zi4drrDZWkBKs9TDT+X1ancZHIJmE"
    "/I08BFwvdGizeR2HDnUEY/LZsah8A74kHeg9pGPK+rgDPTAw8o9HBew7eciD8894KuOfK4"
    "J0erAkxEaIfgT/1C1Tf8qOohkG9HZ8Y0xd3PQ5ZJ0jP6BDHhw6Bs/JZfrO8UDyF2S3k8mj"
    "sjzxW7FfEE/qU1pajWdJXgYvv/NXP/v7Bl5zm0iSYfRP8jT2HzKY/rPoQVdh/4MM+88wsK"
    "kmkSGR0M3UcpWL+Kso6+UVWhrk1bPPKeI7iHANpFSzLkIW7yAisK1I3jR09EzliUh1LVkS"
    "kv4U1T0JdlRlH1CK7KsL/+MWK/12q0cEyKE/+oKIDmjEVSJyI9ZoEPFYcmgngxskDyMmTT"
    "MpPhKPyb/8KK2XHhBjIvWb+gIR8Z0m8OrI9wFZT1QdMAMCN3xCDhW/IRGfHcOk80Z9aAu5"
    "w1085sG5v6a7PaW1EJh7iAj02APom2t6yPh+TIR2h+aPATgPyMSI6SAzGOgLeovBZESFNw"
    "3ydlVy/TYS+1sR1zuLGH3dfoGvC23HcQULbHGb8VaDu6KQzkHSfkxBtL1oIdmTOdUS1+S+"
    "FmiVB3LIHsi5SXv6bJjUniNVfB4an0vi9+uIirdRuRSejJjcqhUO/cygJrXV4TOVmkLDRE"
    "RzOCbCmoV8QG24aT105jY3g5cxgJYVWVqRDVipl5f0T5vKWmR58BKYOnmGEt+U+DaYva9g"
    "QW2SB/GpOg3iUykLgq18IRN1QtCj+Ea+3H4kuIMmES7VAS5FcNl2VAb3r7dXl3xwU4LiIW"
    "7qAfgvsEy/MxPW6M/z0NEpfGAWmlZgOv57+ry/dIV8DdQUoNyBXsqpKqZPFU5qOkExp0rF"
    "50orYKn43DfHZuUaUK4B5Rqo1/cWpuuSH3gTWlzHQO7+uFbzi0dqXjJ0nf5XDXJ90AuLn/"
    "G2DHFRGteWGlfCBQG1IEMiYROcBmpBddx7Kex9+Art6Jbs6QbZgfpRuzrJ7/fiqJTm8RoJ"
    "hQrX2CxcgzpPNTjD3Kz/GtzzdBJlH6hwGSUTK5l4UDIxw50nDCcMqZGC0yGtSr9K0lW+hS"
    "EIufuTRkLYpEYIm5SEMDecWaauPSEhZSJPJV0YTvtxIj7SPRRQwISr4nFIFeAigPsIWoiz"
    "N1eXx+MSS7Gj1FmYu6iTl1283BqFzda9TKUKO025gZaFaS8F7JmPpiPk2uSQKidn+07O0P"
    "OQo4uZ7jI0PZqY7m/P+rEutezU35FKZcj54f62J/PdWy5Xdn932g/KHVQs69/Mv+lW0Q/E"
    "Ldv5Xc/Uka+Zjm6FBlH64TeOXbSuGip/gh7LoqZXdrYuqgtfaNCqZiMCmiEksXBIlcTSus"
    "RCtEKfI7hXsyUlGAYz6GOlYcbMg45BX0iAH1kaxZLWWcKahrgetl2hr6RAphjTOmOeoWsa"
    "2mYGTh6thNaH/UkT+wMZVWNSLtkgYuw8VnBxQwtc3RxS8KFvQ5xDoNawR4tPOaE946WEVv"
    "qquLQ9tr7d29uV7rcwIM+bhSxBPyoqpS1w6In0Fq6boj/MP052BPGk6pjI0ZulUedu6+du"
    "Aq/m69BxNs2Orp5F5c8OOe6f3rRZKUox70OeTH2W7evx9BS3ke/DR7GctxKhYk7rzDF98h"
    "tsLGh+zFApm6OAzVFlGlbLZ+QHGlcOK3fLauzuxtEUH+jbVHbgHWEaekYOt6qgQOHlk3S6"
    "6TPayZjdqqDSioNfs6H31BpoX8hkbwAzWiqtLchuQkdWxHRou9B83Bar03gaeWHiF0MVgs"
    "iTdq9K669vXVU/V/ldRqheof3ALuP00s6yStCSe2mZPgtXIcOMrQGL5zolf8qKF7KhaWl+"
    "6LpEKPb5FhYRzKZ0vtvVdLLixlwXW2J15cVFMWUEyPWwEerbCgzX0SySg6RBC20tW8VQnd"
    "CpZMfr2UTLduD6SmaSFi0aDuKHs/QJ20JG5rvNTCcrbuWWSlvLXtymTjJiF9cL3RKuTGlS"
    "KUHKltbZFqpCQR8Z8bIRjRChqG0LFs3m/pLOJiteAfym0d+0JVp38NvNTnf5qUcp7qa4JU"
    "jNm07uJEhLNFtg/KS1ZbL5LZpPdstNAhtyDBebW5+HMWrTeDbpUWvBQ5ZAJpt7rPNCKZnj"
    "sapkSv4EXVM8RbPzo1uuIhj6kQ0lKtSiSgi+ZmEVD4vlyCbje8wqxEsnWi+7mCGran21H+"
    "xL9w8xSDMUCtH11dOSDTqPrnDxtBPDNp17XyqD+bhQQC2zsvj100qbQQvAqqp0r1OVLtGu"
    "OUJWRvGuFq4SJb8LoapUmpmCih7pXErCemNFmof23XdavSFe5CIybEohXWvD/WYFmmvqM+"
    "9gEey7qN5G9+geNkH3sBrdQ27xa23mCmy7GQolyvJyL12X+v7I6aglPhuOVaounaJiBpVa"
    "IZBaodReVeJaKRO1ykTiheIoExkHVbUy8ZwZ1KDN58zDS6KrAuwACGzk6QvoBN/5gExCxj"
    "85eMmarhOFAtBCMdgGpsH+WpoG0TPAE0KuTy94iNfhs+3p63UcWoqjqNX8Z7QCPsd0Fi85"
    "oqPRt1XIZMyeGPl4iSWfBiP7RjBlf/yhFKY+FSbBGi3ylmVpv5Jg9CkIgJsSSNgs6LAJvG"
    "RUtSp6WAKYpryhgMYJ0WcjXqnjWtmTS68kTwHJcwf01Z5MAZ30CVgIVntNCaTD96CJHeug"
    "2pB1ULJkQcOg4kkZ3pp6GSsSVY4ht4O0UY5hR0pI97SfvOXq0f1A3EH/C9vfUBIpUCoZRE"
    "AGWS5g4BPNfUPoeeQKf5HCLjvicutpW2nZ4abK5lTjLlfZnJwsBP1A8xFyNuB7kVZxfiic"
    "TzDKsL6c+qR8OcqX0y28ffhyBlJuaWA20YGVEdpFdF6hNM4uwtRn+Y1dxOcVC0vsMlyqrk"
    "QjtF6/rsSuLLIuYz6KqbSc2A9Otm11DEgh1TcavTYY5MpBgOVrggADTP+Ik1SPAWFNiIwx"
    "8BBBDxlgaQYLQH87ns/HNDzDAfGzyE3skSeYFjLKASHdPGJ9V/ZCEAgMQgYYa10BgwDZLv"
    "3vVsEg9LPKPCT5YbFU6i+w6ybpjezxLT4rK/5mbCm9hbZ8Nh/fSnTLnyaTg4OPk72Do0+H"
    "Hz5+PPy0l6p85Vt1ut/n85+p+jfOKu/rY2Ayy6ipBTNDIp0F82CviS+bjKr2tu6VfNmr7a"
    "EM8dQJ7ZLOXTBxJNQ9oh3tnYKYj/52P72fniU774NzO708O7/8+Rj4iHWEe3DOphfnX6c3"
    "dFC69z44P52cX9BL0Q784Ex/vz5nY8hmY3rxe7x6gkK8rQs210lJ+jNP7XW7Y7UWQV88LE"
    "u41ht7OeQS2nt3177LMe1j/WnT/jxFWtWVZ8ic1i1IeGBoMzHfaI5KvkjQD03OpA/VZ9KH"
    "0pkUObyYhMCqGgucTTzSjc6ooUHe8inFcCKfhktjJERWc4lQOml5f6+RuEyH1chZZYGZIW"
    "eEXtzdQ0Ti4pGqVV2xqpHnYSHVL08l3XruRPtTUSxvQuJhn8bmygyHXEm4Q+Z3ar7YgNlF"
    "WsXpIXO6YHhvKIgUqFRwEkcIYY4bLqx1DoAslUyw9uIJUNF2Ktru1V3fY+FoO95+3AKw8t"
    "ZOLkJcOI4aoPzMzSfZGGLJai2X8M0cSkMq/lFc4dWBINmPYH0gSPYjbFIVJFOp4/7mAsQR"
    "QjNk0LgNH9txFIc/jsI0zMAHtJKHT9YaYQ/wEVGGA/DOR9BCxve8wiAdPEE4DGS1jZm+Rh"
    "AhUr6qBzKo03pcEwsRekIlK+LhEtYDmex9+NQklYsMq87mYjc58r5Q2vmKYhhZ5/R50mSd"
    "Z19TYN0XyKSzAk8aWYEnNVbgSdkKvDoPSkjXpujm6HrMzU329Z1NzY3Ocy06zsug35FTtk"
    "LJLRJKscHXGeSmv9/V7y2pPe7i6vLnZHhxw+HCv+DqaTWxhXkyKaAvVstpVCynplaOcjC9"
    "STN06BobsjlPqdg8aDYrs6wyyw7EptVOErTqDjiETLDI/lpj/Uvssw1Mf+nQtXa/W2yjYE"
    "HNa8ECBmBBJicsM4BJi/ey5TUGS88MAuTQa7RML5nR8WGkdjMiGxoImAlx2fLX0TO2sP2p"
    "jKnd95NWWwmrndY11W2rXdYb6jSvy4iOo5qfyM8SgTcZL6G62D64KuOv+5hPF75YGHLWcL"
    "WlO0PSv6n7dXSzTozayhqyCSuUmryD/FRqslKTlZrcjpp8QqDXFyOOghzfGdepxnA1ptVu"
    "mwWNU4WD9BkOQj4fX9A1niGRUBeZHB42cYwfHtY0MjksVVVwOU0JqxGOh0uI7n7TXMq6VM"
    "qSbxA7ATeOs1oRyZAoRURQESlJU30Gff7x/3yWY5E="
)
