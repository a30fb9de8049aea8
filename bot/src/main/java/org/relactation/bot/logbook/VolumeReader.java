package org.relactation.bot.logbook;

/**
 * Finds volumes with a unit ("20ml", "20 ml", "0.5 oz", "1,5 oz", "20cc", "an oz"), in ml, not yet rounded.
 */
final class VolumeReader {
    private VolumeReader() {
    }

    private static boolean halfMore(Reading reading, int i) {
        return reading.is(i, Sense.HALF_MORE) && reading.free(i);
    }

    static void read(Reading reading) {
        for (int i = 0; i < reading.pieces.size(); i++) {
            Amount amount = Amount.at(reading, i);
            if (amount != null && reading.is(amount.end(), Sense.VOLUME_UNIT)) {
                // "1 onza y media", "2 oz and a half": half a unit more
                double mlPerUnit = reading.pieces.get(amount.end()).doubleValue();
                boolean half = halfMore(reading, amount.end() + 1);
                int end = half ? amount.end() + 2 : amount.end() + 1;
                reading.volumes.add(new Found<>((amount.value() + (half ? 0.5 : 0)) * mlPerUnit, i, end));
                reading.claim(i, end);
                i = end - 1;
            } else if (amount == null && reading.free(i) && reading.words != null
                    && reading.words.meansOne(reading.pieces.get(i)) && reading.is(i + 1, Sense.VOLUME_UNIT)
                    && reading.free(i + 1)) {
                // "about an oz", "como una onza": one of the unit; "an ounce and a half", "una onza y media"
                boolean half = halfMore(reading, i + 2);
                int end = half ? i + 3 : i + 2;
                reading.volumes.add(new Found<>(reading.pieces.get(i + 1).doubleValue() * (half ? 1.5 : 1), i, end));
                reading.claim(i, end);
                i = end - 1;
            }
        }
    }
}
