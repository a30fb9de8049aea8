package org.relactation.bot.logbook;

/** Finds volumes with a unit ("20ml", "20 ml", "0.5 oz", "1,5 oz", "20cc"), in ml, not yet rounded. */
final class VolumeReader {
    private VolumeReader() {
    }

    static void read(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            Amount amount = Amount.at(reading, i);
            if (amount != null && reading.is(amount.end(), Sense.VOLUME_UNIT)) {
                double mlPerUnit = reading.pieces.get(amount.end()).doubleValue();
                reading.volumes.add(new Found<>(amount.value() * mlPerUnit, i, amount.end() + 1));
                reading.claim(i, amount.end() + 1);
                i = amount.end();
            }
        }
    }
}
