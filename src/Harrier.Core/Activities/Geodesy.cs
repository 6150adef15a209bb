namespace Harrier.Core.Activities;

/// <summary>Distances between coordinates on the Earth.</summary>
/// <remarks>
/// <see cref="HaversineMeters"/> uses a sphere of the IUGG mean radius R1 = 6,371,008.8 m (Moritz, "Geodetic Reference
/// System 1980", Bulletin Géodésique 54, 1980); over the few metres between GPS fixes it differs from the ellipsoid by
/// under 0.5 %, far below GPS noise, and it is fast. <see cref="VincentyMeters"/> is Vincenty's inverse formula on the
/// WGS 84 ellipsoid (T. Vincenty, "Direct and inverse solutions of geodesics on the ellipsoid", Survey Review 23, 1975),
/// accurate to about a millimetre, for checks and long legs.
/// </remarks>
public static class Geodesy
{
    public const double MeanEarthRadiusMeters = 6_371_008.8;

    private const double WgsA = 6_378_137.0;
    private const double WgsF = 1 / 298.257223563;
    private const double WgsB = WgsA * (1 - WgsF);

    /// <summary>Great-circle distance in metres between two points given in degrees.</summary>
    public static double HaversineMeters(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = double.DegreesToRadians(lat1);
        var phi2 = double.DegreesToRadians(lat2);
        var dPhi = phi2 - phi1;
        var dLambda = double.DegreesToRadians(lon2 - lon1);
        var sinPhi = Math.Sin(dPhi / 2);
        var sinLambda = Math.Sin(dLambda / 2);
        var h = (sinPhi * sinPhi) + (Math.Cos(phi1) * Math.Cos(phi2) * sinLambda * sinLambda);
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    /// <summary>Ellipsoidal (WGS 84) distance in metres; NaN when the iteration does not converge (nearly antipodal points).</summary>
    public static double VincentyMeters(double lat1, double lon1, double lat2, double lon2)
    {
        var u1 = Math.Atan((1 - WgsF) * Math.Tan(double.DegreesToRadians(lat1)));
        var u2 = Math.Atan((1 - WgsF) * Math.Tan(double.DegreesToRadians(lat2)));
        var l = double.DegreesToRadians(lon2 - lon1);
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);
        var lambda = l;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            double sinLambda = Math.Sin(lambda), cosLambda = Math.Cos(lambda);
            var sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinLambda, 2) + Math.Pow((cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda), 2));
            if (sinSigma == 0)
            {
                return 0;
            }

            var cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            var sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            var cos2Alpha = 1 - (sinAlpha * sinAlpha);
            var cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cos2Alpha);
            var c = WgsF / 16 * cos2Alpha * (4 + (WgsF * (4 - (3 * cos2Alpha))));
            var previous = lambda;
            var inner = cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)));
            lambda = l + ((1 - c) * WgsF * sinAlpha * (sigma + (c * sinSigma * inner)));
            if (Math.Abs(lambda - previous) < 1e-12)
            {
                return EllipsoidDistance(cos2Alpha, sinSigma, cosSigma, sigma, cos2SigmaM);
            }
        }

        return double.NaN;
    }

    private static double EllipsoidDistance(double cos2Alpha, double sinSigma, double cosSigma, double sigma, double cos2SigmaM)
    {
        var uSq = cos2Alpha * ((WgsA * WgsA) - (WgsB * WgsB)) / (WgsB * WgsB);
        var a = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
        var b = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
        var deltaSigma = b * sinSigma * (cos2SigmaM + (b / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
            - (b / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
        return WgsB * a * (sigma - deltaSigma);
    }
}
