# A small ray tracer with vector classes and operator methods: spheres and a plane lit
# by point lights, with shadows and one level of reflection, rendered to a character
# grid. Size N: the image is N x N/2 pixels, rendered four times.
import math
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / abs(self))

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal_vec, shade):
        self.point = point
        self.n = normal_vec.normalized()
        self.shade = shade

    def hit(self, ray):
        denom = self.n.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0, 1, 5), 1.0, 0.9),
            Sphere(Vec(-2, 0.5, 6), 0.5, 0.6),
            Sphere(Vec(2, 0.75, 4.5), 0.75, 0.7),
            Plane(Vec(0, 0, 0), Vec(0, 1, 0), 0.4),
        ]
        self.lights = [Vec(-5, 8, -2), Vec(6, 5, 1)]

    def nearest(self, ray):
        best, best_t = None, None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth=0):
        obj, t = self.nearest(ray)
        if obj is None:
            return 0.05
        point = ray.at(t)
        normal = obj.normal(point)
        light = 0.1
        for lamp in self.lights:
            to_lamp = lamp - point
            dist = abs(to_lamp)
            shadow_ray = Ray(point, to_lamp)
            blocker, bt = self.nearest(shadow_ray)
            if blocker is not None and bt < dist:
                continue
            light += max(0.0, normal.dot(shadow_ray.direction)) * 0.6
        color = light * obj.shade
        if depth < 1:
            bounce = Ray(point, ray.direction.reflect(normal))
            color += 0.3 * self.trace(bounce, depth + 1)
        return min(color, 1.0)


def render(scene, width, height):
    eye = Vec(0, 1.2, -3)
    rows = []
    total = 0.0
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 2.0
            y = (height / 2 - j) / height * 1.5 + 1
            ray = Ray(eye, Vec(x, y, 0) - eye + Vec(0, 0, 3))
            c = scene.trace(ray)
            total += c
            row.append(" .:-=+*#%@"[min(9, int(c * 10))])
        rows.append("".join(row))
    return rows, total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 96
    scene = Scene()
    total = 0.0
    for _ in range(4):
        rows, t = render(scene, n, n // 2)
        total += t
    for r in rows[::4]:
        print(r)
    print("brightness %.6f" % total)


main()
