from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "automation_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "flow" VARCHAR(24) NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expanded_at" TIMESTAMPTZ,
    "order_id" INT REFERENCES "order" ("id") ON DELETE CASCADE,
    "product_id" INT REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_automation__expande_e68c8a" ON "automation_event" ("expanded_at", "created_at");
COMMENT ON COLUMN "automation_event"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
COMMENT ON TABLE "automation_event" IS 'Something that happened to a product or an order that a flow answers (a price went down,';
        CREATE TABLE IF NOT EXISTS "automation_mark" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scan" VARCHAR(24) NOT NULL,
    "until" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_automation__store_i_67d13e" UNIQUE ("store_id", "scan")
);
COMMENT ON TABLE "automation_mark" IS 'How far a store''s periodic scan (browse abandonment, win-back, …) has looked: each pass';
        CREATE TABLE IF NOT EXISTS "automation_run" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "flow" VARCHAR(24) NOT NULL,
    "shopper" VARCHAR(260) NOT NULL,
    "email" VARCHAR(254),
    "subject" VARCHAR(64) NOT NULL,
    "occurrence" VARCHAR(64) NOT NULL,
    "data" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_automation__store_i_4b2c39" UNIQUE ("store_id", "flow", "shopper", "subject", "occurrence")
);
CREATE INDEX IF NOT EXISTS "idx_automation__status_56692b" ON "automation_run" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_automation__store_i_fad7d1" ON "automation_run" ("store_id", "flow", "shopper", "sent_at");
COMMENT ON COLUMN "automation_run"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
COMMENT ON COLUMN "automation_run"."status" IS 'PENDING: pending\nSENT: sent\nSKIPPED: skipped';
COMMENT ON TABLE "automation_run" IS 'One flow''s message to one shopper about one subject for one occurrence. The unique key is';
        CREATE TABLE IF NOT EXISTS "order_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(24) NOT NULL,
    "carrier" VARCHAR(100) NOT NULL,
    "tracking_url" VARCHAR(1000) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_order_event_order_i_2e5f5b" ON "order_event" ("order_id", "created_at");
COMMENT ON COLUMN "order_event"."status" IS 'SHIPPED: shipped\nOUT_FOR_DELIVERY: out_for_delivery\nDELIVERED: delivered\nCANCELLED: cancelled';
COMMENT ON TABLE "order_event" IS 'A step of an order''s journey after it was placed, as the merchant reported it.';
        CREATE TABLE IF NOT EXISTS "product_alert" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "shopper" VARCHAR(260) NOT NULL,
    "email" VARCHAR(254),
    "channel" VARCHAR(8) NOT NULL,
    "locale" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "notified_at" TIMESTAMPTZ,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_ale_product_4e8aac" UNIQUE ("product_id", "kind", "shopper")
);
CREATE INDEX IF NOT EXISTS "idx_product_ale_product_88504f" ON "product_alert" ("product_id", "kind", "notified_at", "created_at");
COMMENT ON TABLE "product_alert" IS 'A shopper who asked to be told about a product: when it is back in stock (the widget''s';
        ALTER TABLE "delivery" ADD "automation_run_id" BIGINT;
        ALTER TABLE "delivery" ADD "flow" VARCHAR(24);
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order\nAUTOMATION: automation';
        ALTER TABLE "order" ADD "fulfilment_status" VARCHAR(24) NOT NULL DEFAULT '';
        ALTER TABLE "product" ADD "predicted_replenish_days" INT;
        ALTER TABLE "product" ADD "replenish_days" INT;
        ALTER TABLE "product" ADD "created_at" TIMESTAMPTZ;
        ALTER TABLE "store" ADD "automations" JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE "delivery" ADD CONSTRAINT "fk_delivery_automati_60922cd4" FOREIGN KEY ("automation_run_id") REFERENCES "automation_run" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_delivery_automat_037a4d" ON "delivery" ("automation_run_id");
        CREATE INDEX IF NOT EXISTS "idx_product_store_i_2c178c" ON "product" ("store_id", "created_at");
        CREATE INDEX IF NOT EXISTS "idx_visitor_store_i_email1" ON "visitor" ("store_id", "email");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_delivery_automat_037a4d";
        ALTER TABLE "delivery" DROP CONSTRAINT IF EXISTS "fk_delivery_automati_60922cd4";
        DROP INDEX IF EXISTS "idx_visitor_store_i_email1";
        DROP INDEX IF EXISTS "idx_product_store_i_2c178c";
        ALTER TABLE "order" DROP COLUMN "fulfilment_status";
        ALTER TABLE "store" DROP COLUMN "automations";
        ALTER TABLE "product" DROP COLUMN "predicted_replenish_days";
        ALTER TABLE "product" DROP COLUMN "replenish_days";
        ALTER TABLE "product" DROP COLUMN "created_at";
        ALTER TABLE "delivery" DROP COLUMN "automation_run_id";
        ALTER TABLE "delivery" DROP COLUMN "flow";
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order';
        DROP TABLE IF EXISTS "product_alert";
        DROP TABLE IF EXISTS "automation_event";
        DROP TABLE IF EXISTS "order_event";
        DROP TABLE IF EXISTS "automation_mark";
        DROP TABLE IF EXISTS "automation_run";"""


MODELS_STATE = (
    "eJztXVtz4zaW/isovSSpUrra6ra71zM1VWpbSXvitr2WnWRnvMWCSMjimCQYXixrZ/LfFw"
    "Av4l2ERNIkjJekTeKA1HdA4NzPv0cm1pDhvptqpm7Nkevq2Bqdgn+PLGgi8o/C+2Mwgra9"
    "vUsveHBhMAJIRypuYujC9RyoeuTmEhouIpc05KqObnvBw0ZT4OqPFtJ+1C2wcPDaRQ7AS+"
    "CtEGCzARVbLjbQO3DhueQP/KQjoELH0ZELIHCgpWETePgJWX8B2DI2lJQ+WsMqebZuPbb2"
    "lAeLXfjOBfOv0x8nxydAd8ETsr13YE6eRh4NsO8BZGku0L2/kHls6Lpr7GhAXUHrEQW30D"
    "NyNmRS9I6+tm/pf/hI8fAjIo9wyMv/83/JZd3S0Aty6Z//Hi11ZGjs3yOf/BJF1yglmQxp"
    "CvRGdDx6sZ2ADW40RchVyzcMyrONzVjGKF8Ik9gff9KB9pPCnpBaC8Ez2HUloj1bQecnNp"
    "LivVBUbPimtR1tb7wVtuLhhB306iOykAM9pCUWBX2pcBFFlwIgyAXP8VGMgLa9oKEl9A1v"
    "+5PIG2yvjRTl6vpOmc/uFGWUW3YRRWKNhJfoQiBo6Jbnst9vwhfFQNajtyJ/nnz8M3jOFo"
    "dgFH3gr9Pbs6/T2+9PPv5AH4jJug++iqvwzoTd+pNNAT2obNm4hVl1EIWGsjEH9zm54+km"
    "KoY8TZmBXgtJ30X/2IcR0YUtJ7bfdAesqID+7uLbbH43/XZDpzdd9w+D4TW9m9E7E3Z1k7"
    "n6/UmGTfEk4LeLu6+A/gn+cX01Y3Bi13t02BO34+7+MaLvBH0PKxZeK1BLYhJdji6RoVs2"
    "G9D1yD6JrD0YnaWVrO41q+NtmZPNSboGWBxumpLDzXOYncGQ4F/A4/IjMk3VzFFZh6mjUS"
    "dH5eT9+xpnJRlVeliye3+mkI7kJ8X1oGnzoJ2n7A7xwYknmaVdJPpdWF7Fsi4U//RgpQ8N"
    "4Uf6Ej9Ojj5++vj5w8nHz2QIe9H4yqcK0C+u7giiVKhePhXKexSuPLo/YQcRDeIXtGEgX5"
    "A3gpaKCkBNqmj34VwDQ/jPaAlFV7enlQPXsSqSXFkEAPKzkRd89NP52fR8FuguC6g+rSH5"
    "zlN40zt4gjNX4rH5W+bEzF6BFtmstfBX0HfOQV+mOkd82aU3R2thp9JcDu1u7ZFLwSv9yu"
    "t+4CEf+6veNfB1jyvUOWRC3eA5p2IC4XTnyXGd04mMKhcIjnPnU3ysr6C72kseiAgFFAda"
    "EcGkgaIcffIDtWvL2ITf2UB0nHBLyKk4Oaml/HzdLg83MjrmFseXkPKnX26RAb3QQFwhzi"
    "QszgNbCGUSTepDMpG5QI670u0DwZp7RFr8Fs8mEl6tym1kvZsM2tkzYo/MS2+ZIdUyXDxY"
    "QfHone6POTaJpEZdBd4KemBF5ie804CHqbvAwZqvegA7AFrkvxpygmEQLA28JhfdNWE6+J"
    "4O1VUE1uS5QMNra5zzgLT1oAfCM6w+AZVAByhnxon51tAFZJNB2ng7r4mfkfbDXwB6sSE1"
    "cQFMNBtAmI6B41vumHpCgI0cMvEKk5d0gO5R94yKHHp3sQHrla6uqNeEPkcluwRQDaib1M"
    "kClrrjevs4UqLXCY+nxGHVmTvli/74VgTu/5pMPnz4NHn/4eTz8cdPn44/v48l7/ytKhH8"
    "y8XPVApPnYu7xXK6qIulxZnlmzmdO8WJiLbPAuPo5vbibKac317fnAZfrKI52H6wvkzPfl"
    "EurpT53fXZL6fse1Wox5Z+wuTu7fVv85ky/TK9Or+++ja7ujsNvaUKXFAXqGWS7/7Bup3d"
    "XM6uLuZfgyEOsonMqbur4O5vZH76nFOwJlPTRzxYV7PflOnt7cWv08s5+UGIyB6Ooz+Tn/"
    "pgXd+ez26V+xsq55CbbJdQfJsKgm52G6sl9tbSMyrUjJyWQddRfrn8fX59VfyxRuOzMq5O"
    "tsT/AEN3WzOEjf669C2VrgKw8HXD0y33HX3s39oy+lZATfFJibcRxN9/m/6eRf/s8vpLVm"
    "6lE3yR6sdbdKlkTmMuv1maVLrO+sznYLPnMj0mSfbyMPSMnc2YIBMmsUD25gM1TSRhzcPq"
    "Ui2bD9QkifSF7faFMbwacIbNo3kGBm9dR1hyXRV7wgr2gwZwvdnONKy9oC6w6V1wN7TsKG"
    "oA2OtoHjFhTZ7YvfLcxha7b9B5GlUaANmIcU37nxkN3mn++4rX5JYDIGAf9XcutXzpmKhs"
    "wFWhBb4P1G+QUL/HVK3+MbC0PfiT95OTH8AKusDA+AlppwBBdcUCjXMmwDYf9mB58Am5LK"
    "LaYbHNSwebYIUcRE2MRP6jljsTP1MLpE7mdTHw1jiy4BFKi1n02ItQCyCbpMyQ98/tWUEJ"
    "Rv8rndyv6ORmLMjBWu57jcb32YK2r8u1cduTb3lFEQTVOnBMJM0cvVZ/pVIhlYqeCGm7lY"
    "rXFtJu/eLstNSAuiKa49fMT7smsgh1+RBpySSCCnlJKs9QCSVyT8IFzfJiV/zFv5DqgSV2"
    "2N9YVX3HQWRdvQN3RDAK1gR4Qhug58Wz1p5EZDNyiXpQf2Spa48+JNKVh9ApWOE1E7sI/J"
    "uELLYki5WJctt5A78sERABetFdz6UeXS2YmawtTad4QQMEbpzAeUzewEfUK+sCwgqdPIdm"
    "07m+qiKkueyFagh4kb8tBIH9M/j1bKnGL5gTAlPuXfJ5e36AOXnUgV5duoWn5k7s4gVvS+"
    "Ro6UeWfmTpR37rfuTEplBbV9qS9Hmh7KsundSKUD2piFA9yUWodhxz3TOjXAdB14njt/Yy"
    "3pIIuIybz7tKiDUcKKepJNA1gJahPaXQdx3asxXR9xGnttQdptLaiGg+BEJeqWp2dX5x9T"
    "MRqQL6B2vOBCCXyT3zXy5ubmbn5M8nnZz92j6yy1Gdc/Wo/Fg9yp2qodqU4061IXJLJS2R"
    "vbZEOgi6mMuKv6WQuesycUp+SHECVGDt4eRxgkxGLPaav9Jl03hs3bPu6gQjPlTTRDJkUX"
    "rCXiW8LlyGDeD663amYa3busCmv1heJ2NCFYmdSQW+D47E2fNgno04iLeaMHsGTRuSFT0q"
    "cMLG98ZV/lc1OapGZVDbd1dJXygkGvIjdQ7Q2p3bKDbXX1BCmv88ZpFmNI2V5q4ysSnnZ2"
    "1wXs4c062Ngoh73eaWvhWHYGtBbk/kZ/Gox9H4DpVj1Scr1+xGRT46qWNgygrqCQPTSVY/"
    "9nTP4LJ2xwQCGrqPJrUMeJMKC94kZ4FYYG3DA3A0Xjj7zsda9p2PFfadj3n7ju9wOR3D4S"
    "Ku3fe14KXDKuzPeYB1lc9AGY0Xbvm2BrBJ5CEuhCMCCXFNiCFz4BXoLeUexwRJP5yO9HnC"
    "OB09r2DXLhWWw9HdGfE+n5CTptcSc/IAJAioXBJGgqTDLcTCjgmNrjaSph2xoarKA3OCpE"
    "OYodERxh8mNTD+MCnFmN7KGKSho0P6LI59OkkjN+rGN+oBRoe46gppvoE0Th6M5mdfZ+f3"
    "lywGJJqDxYgEUSNuFDVyNr06m12ycSr92QYb99P0gl1aQj169qsr95G9K8e+nV5R6fYehF"
    "vUwCo0lIgRdQ+mNJV4WkTj35EMInkTXxM5rpz92JymlKEkfeYyYdUj8hCPtyZJ0p0WOhQN"
    "lEo8flGMQ/kJlCAR7vj5UMuG9aHChPUhb8GS8U8yUKcn8SSHpKzLaJJXjyZxCmuus+vj6i"
    "gSp15x9XIAuOM2tgtta0kIUksPDuPIJJM7SMV0GSkWGdNionqYiNtxiXMZhnJgGArrOMwj"
    "4MQEwjUUaj4ZcIA2RmwH3OUxL17fzK5OAaV8sM6ur36d3d4xEyK2yMbj9cVkKNO4W07jZn"
    "gpKrQ9ogDtVWm7aAJpcuizyYFWpiRssB6ZtFfoRvyCsYGgVczyQvoMyxdkgrb2u/hKt3z+"
    "cn19mWLxl4tMrZir+29fZmSHY7wlg/RAE8nbKNj/OXa1aLxw1olWQhxtghEXvDGBcPg27x"
    "Un+wzVEPLwVgQvbUn64RMXqmKCprsq9i2PAK5xrfocoXgi08d6Ib4VEb75XqMbGkWj0D5q"
    "mCsXIE8pHt7NbzfMOczvThZzN2/BlbxC6hP2PcX1kM2Dco6wyxSX0PY3SMCl7/4tqFgJsz"
    "Anm9OUks29ZnNsLdvne87QSptJnzmd8pRwcjpLKzndZ047tJ0JgznH5kqrWIpOWsM4rGGx"
    "t7NYCC11F+boZDBUKbSRI5lz6yqil9tXv7evkGO85qAcoXjmiebNQTFoxr6daotnkN9Yn7"
    "8xGf4oy7/1GFYZVbprF5Ll33pY/o28Ari6v7ysF7FLtAnzwGBdGmV6QaYRaB2nPYMyqLkO"
    "TKxHzIEQCda8t/Wgb/bZlQR+R59kdfC3okfDGo0A/2fsXYpaZsu2sq8Z6vyHDy1P9woKip"
    "RCmySRonaBqE00nf3s2FqjCmrvYHYQ1K4tY7M9JIagsYZfe7Wfim2YPPtTgkJ+QwXfUHg6"
    "8IGaJpK47tZXo8P4QLUqyicbGLh1larEx7pbWY3kmsNRvdnOJCiw6Q+2Tx2RY52sQIhO6m"
    "vlQrSWHFWrA3KmITEroB2Wx2bjQNiHmKWEgDDq9zRoIex7C/xCOwePwdrRPS9MWMq2Pm72"
    "EQ/WAi3JqgbQIguYPAboLuuvdVjd7tAXRvQPu+nkzKg4ejrPtMnszwSY4UNUQ1efGk9hTR"
    "t6EsFrjaIV73vt/IikGTCq5d3OT0l3JaeP7CwdV3aKpve66BQdVgfMs2BuQsMo93JsyQRy"
    "cXyYfDqJ0ad/VOE9/za9vMxL4eX1+Hdn6r5Gbf5E6wueXN0zovxNL36+ohX+ghlo2+xvF1"
    "fns1vaMdukT3XC5tdh0+sHa3p/d/1tendxTei220v22K0VBt14/dLynunFn8BBfdL7tv7b"
    "bjDOF0V1UPBU36BtWMtXV9CyEFcCeoKkyx60RFDm3FX2XK+fayzXz6Wr9XNx/rmHeSBO0g"
    "i4IbSR5m/DjYFhwVlZnrWZIOk+a/N1ApHaKS6PbV3lWd4xgXhru/n8QFm6X5buH1jp/uHV"
    "FyJDff4C5v99P7unJYUC6qLS5eezy4tfZ7d0UGiNzJcuf7Bmv99csDHoxdadPSsTNc7G0P"
    "5XwMjS3SdJIlMVcjVRMlbVHK7VzukCcgF91APxSdeKojYws9j6lldU4qua21laGS/fZ06r"
    "BiQ80JQFl3CRphJPGG4+G8WALi3IQCWEkvSf0rOpiFRahPKnFMMJOU5RtHdFTZIUlXB1SV"
    "qpMS4rZbyJs4G64/drCiTzUYfA31ix24PJWVrJ6T5zOhGCwbthpygll/vM5XygSo7ZVQEl"
    "heQCCZqdRJgk42NT8WK1g7tTVALB35znt/OIecEBlTnzLWCaD+asC22eUi5aWZRAFiXocz"
    "YCX1GC5CfeALg3vruaZ6Yc1iquDXN+b9yNdjK08+Bkpe1UYiKckT9lgY2uC2xkJd1GVm2t"
    "FLuBolqWYVcMaVrJbQDcaTzhrS/wvlBoHDigRoys7NFtZY/zsKPEGXUgFiUmJu+PK5MTs7"
    "0pmq7yEcuc7AGyxsdr1vjgrVR5UIHKvgn/bccEDCtFih/o0c3s9mx2dXcKbOSoyPIerJ8u"
    "fmfxg/oLCye8nc2U+deLmxsWfLh0EFLclW7blCt7sKj5nhDP0PCLqk1XmNFjEmHiCDs2nJ"
    "u6pRBFz8MeLAg+q4I+Syk5sB8Hgmhed5+WkylK6S7ss7vQp+UcFEM39QI2l35jGSppQ81/"
    "PnRpu4rvIh6JNE0kzM7VGKg62VRUT3/m7f2Qouuw90OkBQy29YP0CkrvSk+MT7u9K+Umpz"
    "aNKjOa7Tz37agSzKjAsJIbM64yrgT5025m+M4SUFMrKrgEvBX0wCPyXGBhYNIKS0FBpqWD"
    "TQABg/IU+FboSlkgbUwrNznoX0glCwcsyR+PGGvvsgpYaw+pNgIFXeOlFeg1rUABD3K47i"
    "gD0HfzxJ52oFaKADgIukW+4KqeMBGFgBg3n4yuIY9zDW8pZFKITAqRVgOpFki1QKoFddSC"
    "wC9doAvEDutyBQDHQ9ryqlq+uSAXsxJ1aXHNhopqSom9S4k9ZDKHuLOlkPJkDXlyeKVi9v"
    "LfhmVh7KgszM3l9Iw6cG0DqtSDezO9oH9BPVccph/+W6m5tq25sv/z7DPheOGUqqNJrUJG"
    "k4pKRpOcUmUTjLjgjQmEw7f5PTy0ZubhLa+8mCDpvvLi6K9L31JZrf2Frxuebrnv6GP/1h"
    "YDKgBvpR6j6jsOb527JI2Ae/aHOou+fM3nxJa94mpeJ6amffG747CaZGgbB/gJKgn+3uB7"
    "8IUP95BAQn4I5IpuqYavFUXCVEZtZEk7DNyIrww2ciOK0Odb70kquej3X/T8x6s8Ww+HPZ"
    "eVUtvNlyWU1Qx3Zy7YcGPSKl8mIliV5DCU6Kc5ShGF9sZVVdvBz7qGHMVBS0T1HT6jQCG1"
    "cBaCSS239qTCrT2Rbu036tamJuw9eJwgk8kOfebvEiGNencVAn+hCl7d562AXKDMhyb6vc"
    "UIqdikJ3we4Tv0sgvdBK0Ap1PV9zP7/a7afBp/PpfXVz9Hw7M21RIW8O9jGVK5l/V6L/ON"
    "pW4wMbrKDV3C6SJiAT62tlv3QY88f+FTgS5qz8xfYbN0DoEOk87LbMpqkCNZDbLfmMpihT"
    "Judkhxs7IIWatFyGTNvPZq5hXIWA3gfJ6YSkygy2XTA6q8JarGoWdkFbXk4yn4tq21N3tG"
    "QzwAS0u/pWJWG0CKZRrUBWko51i6HoSHzCZAuiDziIRR64ktwaoqy26J19yOFJdgP2ADd2"
    "e3A9dDNsBLAC3AqL9zwb+w71hoA+DSQw7QPbCGbhiWPgaQpqgjYCKH9nz3gINs7NDEc90r"
    "yGtvfPqCBJyqbJsAEJlt02u9YwzKs23eRDIIq9NH8ztYQCJN/ri+v1N+ur5Vwl7B/3MKsO"
    "8pSyKtRRJEWR/hs+nV2eySZYuoFBNjz4SR5s18RJB3dL7MqQSJcHbUo1ou9aMKl/pR3qVO"
    "t/sn8g6K73Dl5mTpRES7JtyVeMsYhrfpF0rKETVP+CSJtNzuNjHG6dkH2hPqli7vG7x1rQ"
    "nJddW71Hym8pUpMJE+uEt/0aNxjebpyzJXrynGP/k84kg4vM9C+55yyEkdsfqkXKw+GWCW"
    "cGfgthKlSn6qp9iOXhQXXBWRkKYTSQLoOAzhDx9anu4V+BpKsU+SiIR8Y15zQ7fo6cidT5"
    "OmEwnajhe1VCikQiEVikqF4sbBmq8W+kOiW+MqZcJODGqr4hcVVGW5L6m5SM1Fai6901z2"
    "UFqkvtJA2DQ2bUg2fbiX2lhELVCAase80E3aUofTGZYikp6wmp4wTpAlvJyORgLHIy6KuK"
    "xyn29pRAS6ef85EdfVJw4pOh4v0BYt+0oNtTqRg2zyeejuStHgpiBoqnQZ5wnles7DS9R1"
    "WhOSaPB7A101hYS8QJbuT3hNz5AWKbrGt7U9uZymFDCIijYj0q4tYzOKA/UHyvZcmoHMhp"
    "Vpmz1xgRzS7kSmZB2UbBSkdx6ecUSTYEVLOEolXxrIOXRFhW6zKZ1KVJyedbRuBqZfyUwi"
    "odSBrzZYWeUO23jl7fTaKjAeWieJbYVtGzlgvcIAuk9IAx4GC0T+a2gALrDvAQjCmU/JKG"
    "TRvDPdBfTXA90CzI4DvqepZ2tde0Ted+ytsslsLTzmwXoYXWFPX26AiR5GP9BmriGlC5gH"
    "AGgOtt134I4+hUxCqZnPnv5rE7xIebfXhBf8iaxIZkIIfka14zriQ3AoRqQWfVM9Frhfw6"
    "Nd5TwRzKndibOk3PUdMb2uuTkaL6B/9nMNU/PnUkPz55yZOfwCOcBNkAiI7+Sklv/7pML/"
    "fZIz5nfcoapn0ncHDapoiraFuCBOkAi4jBveJgysEjGIB94thXj+vsY72PXIuNy3ZT1cM2"
    "PeupyRWXn4nCGVXoQ+8zmtsdR2yCWJpE1ZVq3sBFNZtVK6P4bk/ijYZxvANZHGISiy6eNl"
    "N7ayfGUT5Sv7kbjE/AfltvDIvbDbFP4cjdxpCb9bQWqCDqEBBsbUSA0TZmlgk3c+BdhCwM"
    "FrQK3Z0WhoadGoMViSCy56pMXs3XxdtxafU2jETnwW0e5TO+vKgG4AobRTC2qnLnH5VchR"
    "4fjuRNOjHgtQqf4XupP6WnKg7uh1kieXxpFeK82Z3ZGT33lqye5es1vaSKSNZCiYvpaNRE"
    "RcpZFk1/besJHkNRT5oSJbR5OXBqj2DFCvZCXx3dXcXyR/fd5Ukh0zrrSXkNGKmx1eI3xw"
    "4eC1y2rT0ylAcoox0JDm24ZOc2k1sNgAZGk2JoCDte6tdAtAwHaGouL3jc1bXYQmolRW0F"
    "3VN4xs0yxlNZo+ndXjClNHmtU5fCtCm7KEAkbfNF+hJkItj3R5x90kjRAgV+m/bfTatSfH"
    "JxrX4t5SCAF4B3UOoO9xIRyNFxDfD5Ma8H6YlKJLb8m6B69a9yCUs3gWdIJEuEjJ5le0hp"
    "4LC1mV47ulEA7e5gNRZZxvq/BSv8P/YYsL4CSNcBA3LyjLUOp9jsDBuY9koY43wWYNMTl0"
    "T1bnqWXc/FC4TTZjN7Cb1hf0iqiFOzKbl6mly1gcl3HPdifpMe6F763/HuOerdsGHMbkFc"
    "DV/eVlvYpNYd9cHR1YMeY8bMorDuStVouZBwHfowKPb3RrXOXodROD6lSHgc80Ot3XdES+"
    "m1Pg+AZyASYMiyu6MBlG9zZjAA2D9iv3VsgELFh9E/9pQk9dETAL+5y38QzZxbBf3lfZsG"
    "Jb6aCOU+pzuU/qc84lxVY+D7oxQYfKBvlyO9I36qgb5dpGFly2HeXB/fv8+qoY3Jggq7vr"
    "qgf+AwzdbU3fGP116VsqhQ8sfN3wdMt9R5/3t7aQr4CaApTS43MO7qwve5xW0OkEWQe3NJ"
    "buw4rB2VWksfRNsFnacaTBoSd68SFljFvV91a6bZMfeOszePNKX/L+uFLzC0cqTjS0rc6O"
    "KvYtj2j02XBaqXF1qXFFXOBQCxIkApbxq6EWlDshcj6I/iu0oznZ0zWyA3WjdrUSbEkxKb"
    "AvVtQHiCi6Ew7et7tBdNz2b+kgpMAFLgzBrMA9TSeQK6hj/KVMLGViKRNXy8QM9yJhOGJI"
    "hRQcD2lU+pWSrvQt9EHIPZrUEsImFULYJN8M218Yuqo8IS5lIk3VDNavu4xbDgR2keogjw"
    "LGnaJYQCoB5wHcRdBABXtzea5iIbEQO0rXSYvJxVuYMFpv3YuUN9pqaXxoGJhWncKO/qhb"
    "XK7NAlLp5Gzeyek7DrJUPtNdgqZDE9P9/Lwb61LDTv2BpI0h68f7eUfmu7ecO3Z/d9YNyi"
    "2kj3Vv5t93q+gG4obt/KyPnKvolmr4GlH64UuBXbQqNb14gg5z1OMrg01St+GGBq0qJiKg"
    "aVwSSwGplFgal1iIVugWCO7lbIkJ+sEM+lhhmLFwoKXRF+LgR5JGsqRxlrDyaraDTZvrK8"
    "mQScY0zphnaOuasp+Bs4hWQOvD0aSO/YGMqjAp52wQIXYOy37d0wJXNYcQfOjaEGcRqBXW"
    "HlmxfHNRVBWo1FdVSNthk4D374fSJwB65HkLn76Gsia/Ca+VFfYdni4MVVN0h/mnyUAQd5"
    "CKoxTD2kkcCRp57jZ+7kbwKq5Km9pqim95RQ2Hq4P9y2eRZTP6HPdPb5osL5jP+5Amk59l"
    "45+l7pLfYGJOC1eCSpq1OMxaMpmtXAQgP1C7toxNuBEPZPcLz4zc5pcLRqxTYWG73SnomT"
    "Z5K/gsOQotTOPpZs9okGGhpQUXis8WxYTOU2OgfSOTvQHMHL/oTN4PslvfEhUxFZo21B8P"
    "xeosnEZcmJxDt60zMoWo8LxCDZ1h4qS7zGdNhmkHYxXOdUb+FBUvZELdUFzf3vYlOQizGZ"
    "1vvp1OVNyY/fJArK7pHKICFLZEOhAi8VpHFYGkQAMdfPqFUE3pVKLjVdKLeA+4ov7gQqKV"
    "7dR1KGQFfcJExC3qlH4YWokae0KClKwRcShUmcoUIuJlIurqpKgdChZNS/wWzyYqXh58Ue"
    "hvOhCtO/hyG6b5i4hSWKP1QJDEa37abmHVzBdYll6c/kh3JBorZnp0wxV3/LANU5DULMvt"
    "vGYSsoP58kmi8R1G4OO1FayXIWaTyLoYzQfG0P2DD9IEhUR0d6URv7C1Hnehkalm6ta9K5"
    "RdaZwpNpJYWbsL/ssKLvVA7WsFl0iALxCyErJ9uXAV6RFtCFW5MoYUVPRI55IS1hsraNi3"
    "777VTMdwkfPIsDGFcE2rjuoVM6yoZTjAgpF3QW5q++ge10H3uBzd48JCkcrC5th2ExRSlC"
    "3KU7BtQ0cuOR2VyCxcYJCqigstmUHGiHLEiEq1V5aDlMpEpTIRGboLlImEDbxcmUh0j6vT"
    "Emvh4DXRVQG2AAQmctQVtLzvXEAmIeOfLLy2wGJDW1IBmlSNTaBr7K+1rhE9AzwhZLv0go"
    "OKumE1PX21jkPTVqVW85paDWfSsbh5xs2XxmFhcDzgxgQCVr8/rgMvGVWuLx7nAKYB9sij"
    "8QL02aiodl+lgFhIL8VDDvFwAEplR/p6K4VvV5zly2IC4fBtvok31DQaTpyHtyIBdEsikz"
    "9TO0gTyZ8DqYnY0X7ylsshdgPxG66F2A3ADfsHZLpyOe5ipSunTgXoeoqLkLUH37O0kvN9"
    "4XyEUYL1+WBwaXqWpud24e3C9NyTNPeeWYd6lr49RHReIXt7iDB1mVQ7RHxeMV10yHDJbN"
    "FaaL1+tuhQFlmbLuopOSbU1ajAQx3eGVc5qOF2jGxaOCTJf1zh9yUnflRKo66tKkEioP93"
    "cnxcy0N5XOGhPM45GeyCkMByhMPhAqLbSndu8kSv0Otb7sJJkHTvwmn/WGnVWZMzJHQZb/"
    "Xn/wMaWMrl"
)
