# Objects holding other objects: a linked list and a binary search tree.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __str__(self):
        parts = []
        n = self.head
        while n is not None:
            parts.append(str(n.value))
            n = n.next
        return " -> ".join(parts) if parts else "empty"
    def reverse(self):
        prev = None
        n = self.head
        while n:
            nxt = n.next
            n.next = prev
            prev = n
            n = nxt
        self.head = prev
ll = LinkedList()
print(ll, len(ll))
for i in range(5):
    ll.push(i)
print(ll, len(ll))
ll.reverse()
print(ll)
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
    def insert(self, k):
        if k < self.key:
            if self.left is None:
                self.left = Tree(k)
            else:
                self.left.insert(k)
        else:
            if self.right is None:
                self.right = Tree(k)
            else:
                self.right.insert(k)
    def inorder(self, out):
        if self.left:
            self.left.inorder(out)
        out.append(self.key)
        if self.right:
            self.right.inorder(out)
        return out
    def height(self):
        lh = self.left.height() if self.left else 0
        rh = self.right.height() if self.right else 0
        return 1 + max(lh, rh)
t = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder([]), t.height())
