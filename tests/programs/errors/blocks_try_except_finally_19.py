for x in [1]:
 for x in [1]:
  for x in [1]:
   for x in [1]:
    for x in [1]:
     for x in [1]:
      for x in [1]:
       for x in [1]:
        for x in [1]:
         for x in [1]:
          for x in [1]:
           for x in [1]:
            for x in [1]:
             for x in [1]:
              for x in [1]:
               for x in [1]:
                for x in [1]:
                 for x in [1]:
                  for x in [1]:
                   try:
                       pass
                   except ValueError:
                       pass
                   finally:
                       pass
