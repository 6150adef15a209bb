// Decodes FIT workout files with Garmin's official JavaScript FIT SDK and prints one JSON array, one entry per file:
// the SDK's integrity check, its errors, file_id.type, the workout message and the steps with the SDK's own names.
// Usage: node read-workout.mjs FILE...   (run `npm ci` in this folder first)
import { readFileSync } from "node:fs";
import { Decoder, Stream } from "@garmin/fitsdk";

const files = process.argv.slice(2).map((path) => {
    const decoder = new Decoder(Stream.fromBuffer(readFileSync(path)));
    const isFit = decoder.isFIT();
    const integrity = decoder.checkIntegrity();
    const { messages, errors } = decoder.read({ convertDateTimesToDates: false });
    const workout = messages.workoutMesgs?.[0] ?? null;
    return {
        path,
        isFit,
        integrity,
        errors: errors.map((e) => String(e?.message ?? e)),
        fileType: messages.fileIdMesgs?.[0]?.type ?? null,
        manufacturer: messages.fileIdMesgs?.[0]?.manufacturer ?? null,
        workout: workout && {
            name: workout.wktName ?? null,
            sport: workout.sport ?? null,
            subSport: workout.subSport ?? null,
            numValidSteps: workout.numValidSteps ?? null,
        },
        steps: (messages.workoutStepMesgs ?? []).map((s) => ({
            messageIndex: s.messageIndex ?? null,
            name: s.wktStepName ?? null,
            durationType: s.durationType ?? null,
            durationTime: s.durationTime ?? null,
            durationDistance: s.durationDistance ?? null,
            durationStep: s.durationStep ?? null,
            repeatSteps: s.repeatSteps ?? null,
            targetType: s.targetType ?? null,
            intensity: s.intensity ?? null,
            notes: s.notes ?? null,
        })),
    };
});
process.stdout.write(JSON.stringify(files) + "\n");
