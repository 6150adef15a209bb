using System.Globalization;

namespace Harrier.Import.Fit;

/// <summary>
/// Names for the devices that write FIT files, as a person would say them: "Garmin Forerunner 935", "Wahoo Fitness device 31".
/// </summary>
/// <remarks>
/// <see cref="Manufacturers"/> holds the FIT profile's <c>manufacturer</c> values of common makers and
/// <see cref="GarminProducts"/> the <c>garmin_product</c> values of common Garmin watches and bike computers (regional
/// variants share a name), both from the FIT SDK profile. Garmin product numbers also apply to Dynastream (13, 15), Garmin's
/// ANT+ subsidiary. Anything not in the tables gets a readable fallback: "Garmin device 1967", "manufacturer 999, device 4".
/// </remarks>
public static class FitDevices
{
    /// <summary>FIT <c>manufacturer</c> number → maker's name.</summary>
    public static IReadOnlyDictionary<int, string> Manufacturers { get; } = new Dictionary<int, string>
    {
        [1] = "Garmin",
        [2] = "Garmin",
        [3] = "Zephyr",
        [6] = "SRM",
        [7] = "Quarq",
        [9] = "Saris",
        [13] = "Dynastream",
        [15] = "Dynastream",
        [16] = "Timex",
        [19] = "Beurer",
        [23] = "Suunto",
        [28] = "TrainingPeaks",
        [32] = "Wahoo Fitness",
        [37] = "Magellan",
        [38] = "O-Synce",
        [39] = "Holux",
        [40] = "Concept2",
        [41] = "Shimano",
        [48] = "Pioneer",
        [51] = "4iiii",
        [52] = "Seiko Epson",
        [53] = "Seiko Epson",
        [60] = "Rotor",
        [61] = "Geonaute",
        [63] = "Specialized",
        [67] = "Bkool",
        [68] = "CatEye",
        [69] = "Stages Cycling",
        [70] = "Sigma Sport",
        [71] = "TomTom",
        [73] = "Wattbike",
        [76] = "Moxy",
        [81] = "Bontrager",
        [83] = "Scosche",
        [86] = "Elite",
        [89] = "Tacx",
        [95] = "Stryd",
        [99] = "Look",
        [100] = "Campagnolo",
        [105] = "Cosinuss",
        [107] = "Magene",
        [108] = "Giant",
        [112] = "Bryton",
        [115] = "iGPSPORT",
        [116] = "Thinkrider",
        [118] = "WaterRower",
        [121] = "Kinetic",
        [123] = "Polar",
        [127] = "Leomo",
        [128] = "iFit",
        [129] = "COROS",
        [140] = "Decathlon",
        [144] = "Zwift",
        [148] = "EZON",
        [255] = "Development",
        [258] = "Lezyne",
        [260] = "Zwift",
        [263] = "Favero",
        [265] = "Strava",
        [266] = "Precor",
        [267] = "Bryton",
        [268] = "SRAM",
        [281] = "TrainerRoad",
        [282] = "The Sufferfest",
        [289] = "Hammerhead",
        [294] = "COROS",
        [300] = "NURVV",
        [305] = "Whoop",
        [310] = "Decathlon",
        [326] = "Nike",
        [331] = "MyWhoosh",
        [337] = "Runna",
        [339] = "Zepp",
        [340] = "Peloton",
        [348] = "Huawei",
    };

    /// <summary>Garmin <c>garmin_product</c> number → model name (without "Garmin").</summary>
    public static IReadOnlyDictionary<int, string> GarminProducts { get; } = Products(
        (717, "Forerunner 405"), (782, "Forerunner 50"), (987, "Forerunner 405"), (988, "Forerunner 60"), (1018, "Forerunner 310XT"),
        (1036, "Edge 500"), (1124, "Forerunner 110"), (1169, "Edge 800"), (1199, "Edge 500"), (1213, "Edge 500"), (1274, "Forerunner 110"),
        (1325, "Edge 200"), (1328, "Forerunner 910XT"), (1345, "Forerunner 610"), (1360, "Forerunner 210"), (1386, "Edge 800"),
        (1387, "Edge 500"), (1410, "Forerunner 610"), (1436, "Forerunner 70"), (1446, "Forerunner 310XT"), (1482, "Forerunner 10"),
        (1499, "Swim"), (1537, "Forerunner 910XT"), (1551, "Fenix"), (1561, "Edge 510"), (1567, "Edge 810"), (1600, "Forerunner 910XT"),
        (1623, "Forerunner 620"), (1632, "Forerunner 220"), (1664, "Forerunner 910XT"), (1688, "Forerunner 10"), (1736, "Edge Touring"),
        (1765, "Forerunner 920XT"), (1836, "Edge 1000"), (1837, "Vivofit"), (1903, "Forerunner 15"), (1907, "Vivoactive"),
        (1928, "Forerunner 620"), (1929, "Forerunner 620"), (1930, "Forerunner 220"), (1931, "Forerunner 220"), (1956, "Vivosmart"),
        (1967, "Fenix 2"), (1988, "Epix"), (2050, "Fenix 3"), (2067, "Edge 520"), (2130, "Forerunner 920XT"), (2131, "Forerunner 920XT"),
        (2132, "Forerunner 920XT"), (2147, "Edge 25"), (2148, "Forerunner 25"), (2150, "Vivofit 2"), (2153, "Forerunner 225"),
        (2156, "Forerunner 630"), (2157, "Forerunner 230"), (2158, "Forerunner 735XT"), (2160, "Vivoactive"), (2188, "Fenix 3"),
        (2189, "Fenix 3"), (2204, "Edge Explore 1000"), (2219, "Forerunner 225"), (2238, "Edge 20"), (2262, "D2 Bravo"),
        (2293, "Fenix 3"), (2310, "Forerunner 630"), (2311, "Forerunner 630"), (2313, "Forerunner 230"), (2337, "Vivoactive HR"),
        (2347, "Vivosmart HR+"), (2348, "Vivosmart HR"), (2396, "Forerunner 235"), (2397, "Forerunner 235"), (2406, "Vivofit 3"),
        (2413, "Fenix 3 HR"), (2431, "Forerunner 235"), (2432, "Fenix Chronos"), (2441, "Oregon 7xx"), (2497, "Vivoactive HR"),
        (2503, "Forerunner 35"), (2530, "Edge 820"), (2531, "Edge Explore 820"), (2533, "Forerunner 735XT"), (2534, "Forerunner 735XT"),
        (2544, "Fenix 5S"), (2604, "Fenix 5X"), (2622, "Vivosmart 3"), (2623, "Vivosport"), (2656, "Approach S60"), (2667, "Forerunner 35"),
        (2668, "Forerunner 35"), (2691, "Forerunner 935"), (2697, "Fenix 5"), (2700, "Vivoactive 3"), (2713, "Edge 1030"),
        (2727, "Forerunner 35"), (2796, "Fenix 5"), (2797, "Fenix 5S"), (2798, "Fenix 5X"), (2814, "Forerunner 35"), (2819, "D2 Charlie"),
        (2833, "Forerunner 935"), (2859, "Descent Mk1"), (2878, "Vivofit 4"), (2886, "Forerunner 645"), (2888, "Forerunner 645 Music"),
        (2891, "Forerunner 30"), (2900, "Fenix 5S Plus"), (2909, "Edge 130"), (2924, "Edge 1030"), (2927, "Vivosmart 4"),
        (2977, "Forerunner 30"), (2988, "Vivoactive 3 Music"), (3003, "Forerunner 645"), (3004, "Forerunner 645 Music"),
        (3011, "Edge Explore"), (3028, "GPSMAP 66"), (3066, "Vivoactive 3 Music"), (3076, "Forerunner 245"), (3077, "Forerunner 245 Music"),
        (3092, "Edge 130"), (3110, "Fenix 5 Plus"), (3111, "Fenix 5X Plus"), (3112, "Edge 520 Plus"), (3113, "Forerunner 945"),
        (3121, "Edge 530"), (3122, "Edge 830"), (3134, "Fenix 5S Plus"), (3135, "Fenix 5X Plus"), (3142, "Edge 520 Plus"),
        (3145, "Forerunner 245"), (3224, "Vivoactive 4S"), (3225, "Vivoactive 4"), (3226, "Venu"), (3258, "Descent Mk2"),
        (3282, "Forerunner 45"), (3287, "Fenix 6S"), (3288, "Fenix 6S Pro"), (3289, "Fenix 6"), (3290, "Fenix 6 Pro"), (3291, "Fenix 6X Pro"),
        (3321, "Forerunner 245 Music"), (3349, "Edge 530"), (3350, "Edge 830"), (3405, "Swim 2"), (3441, "Forerunner 945"),
        (3466, "Instinct Solar"), (3469, "Forerunner 45"), (3512, "Fenix 6S"), (3513, "Fenix 6S Pro"), (3514, "Fenix 6"),
        (3515, "Fenix 6 Pro"), (3516, "Fenix 6X Pro"), (3558, "Edge 130 Plus"), (3570, "Edge 1030 Plus"), (3589, "Forerunner 745"),
        (3596, "Venu Sq Music"), (3600, "Venu Sq"), (3624, "MARQ Adventurer"), (3638, "Enduro"), (3652, "Forerunner 945 LTE"),
        (3703, "Venu 2"), (3704, "Venu 2S"), (3794, "Forerunner 745"), (3843, "Edge 1040"), (3851, "Venu 2 Plus"), (3869, "Forerunner 55"),
        (3888, "Instinct 2"), (3889, "Instinct 2S"), (3905, "Fenix 7S"), (3906, "Fenix 7"), (3907, "Fenix 7X"), (3908, "Fenix 7S"),
        (3909, "Fenix 7"), (3910, "Fenix 7X"), (3943, "Epix (Gen 2)"), (3944, "Epix (Gen 2)"), (3978, "Forerunner 945 LTE"),
        (3990, "Forerunner 255 Music"), (3991, "Forerunner 255S Music"), (3992, "Forerunner 255"), (3993, "Forerunner 255S"),
        (4024, "Forerunner 955"), (4033, "Forerunner 55"), (4061, "Edge 540"), (4062, "Edge 840"), (4063, "Vivosmart 5"),
        (4115, "Venu Sq 2"), (4116, "Venu Sq 2 Music"), (4155, "Instinct Crossover"), (4169, "Edge Explore 2"), (4257, "Forerunner 265"),
        (4258, "Forerunner 265S"), (4260, "Venu 3"), (4261, "Venu 3S"), (4312, "Epix Pro (42 mm)"), (4313, "Epix Pro (47 mm)"),
        (4314, "Epix Pro (51 mm)"), (4315, "Forerunner 965"), (4341, "Enduro 2"), (4374, "Fenix 7S Pro"), (4375, "Fenix 7 Pro"),
        (4376, "Fenix 7X Pro"), (4394, "Instinct 2X"), (4426, "Vivoactive 5"), (4432, "Forerunner 165"), (4433, "Forerunner 165 Music"),
        (4440, "Edge 1050"), (4532, "Fenix 8 Solar"), (4533, "Fenix 8 Solar"), (4534, "Fenix 8"), (4536, "Fenix 8"), (4575, "Enduro 3"),
        (4625, "Vivoactive 6"), (4631, "Fenix 8 Pro"), (4643, "Venu 4"), (4644, "Venu 4S"), (4666, "Fenix E"), (4814, "Forerunner 170 Music"),
        (4815, "Forerunner 170"), (10007, "SDM4 foot pod"), (20119, "Training Center"), (65534, "Connect"));

    /// <summary>
    /// The device's name from its FIT <c>manufacturer</c> and <c>product</c> numbers (NaN when absent); null without a manufacturer.
    /// </summary>
    public static string? Describe(double manufacturer, double product)
    {
        if (double.IsNaN(manufacturer))
        {
            return null;
        }

        var maker = Manufacturers.GetValueOrDefault((int)manufacturer);
        var isGarmin = manufacturer is 1 or 13 or 15;
        if (isGarmin && !double.IsNaN(product) && GarminProducts.TryGetValue((int)product, out var model))
        {
            return "Garmin " + model;
        }

        var who = isGarmin ? "Garmin" : maker ?? string.Create(CultureInfo.InvariantCulture, $"manufacturer {manufacturer}");
        return double.IsNaN(product)
            ? who
            : string.Create(CultureInfo.InvariantCulture, $"{who}{(maker is null && !isGarmin ? "," : "")} device {product}");
    }

    private static Dictionary<int, string> Products(params (int Id, string Name)[] rows) => rows.ToDictionary(r => r.Id, r => r.Name);
}
